package org.normative.workbench.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.jobs.MonitorProgress;
import org.normative.workbench.jobs.Standards;
import org.normative.workbench.markers.DiagnosticMarkers;

/**
 * Validate All: every standard in the workspace (each open project with {@code .norm} files,
 * loaded and validated by the core as {@code normative validate} does) into the Problems view.
 */
public final class ValidateAllHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        schedule();
        showProblems();
        return null;
    }

    /** Starts the validation in the background and returns its job. */
    public static Job schedule() {
        Job job = new Job("Validating all standards") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    return validateAll(monitor);
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
            }
        };
        job.setUser(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
        return job;
    }

    static IStatus validateAll(IProgressMonitor monitor) {
        List<IProject> projects = Standards.projects();
        MonitorProgress progress = new MonitorProgress(monitor, "Validating " + projects.size() + " standard projects");
        int errors = 0;
        int warnings = 0;
        List<String> problems = new ArrayList<>();
        for (IProject project : projects) {
            Path folder = project.getLocation().toPath();
            try {
                project.deleteMarkers(DiagnosticMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
                StandardProject loaded = StandardProject.load(List.of(folder), progress);
                ValidationReport report = loaded.validate(progress);
                Map<IFile, List<Finding>> byFile = new HashMap<>();
                for (Path file : loaded.files()) {
                    IFile resource = workspaceFile(file);
                    if (resource != null) {
                        byFile.put(resource, new ArrayList<>());
                    }
                }
                for (Finding finding : report.findings()) {
                    IFile resource = workspaceFile(finding.file());
                    if (resource != null) {
                        byFile.computeIfAbsent(resource, f -> new ArrayList<>()).add(finding);
                    }
                    switch (finding.severity()) {
                        case ERROR -> errors++;
                        case WARNING -> warnings++;
                        default -> { }
                    }
                }
                DiagnosticMarkers.replace(byFile);
            } catch (ProjectException e) {
                // a standard that cannot be loaded (unreadable file, bad normative.properties): one marker on the project
                problems.add(project.getName() + ": " + e.getMessage());
                projectMarker(project, e.getMessage());
                errors++;
            } catch (CoreException e) {
                return e.getStatus();
            }
        }
        progress.done();
        String summary = projects.size() + " standard projects: " + errors + " errors, " + warnings + " warnings";
        return problems.isEmpty() ? new Status(IStatus.OK, WorkbenchPlugin.ID, summary)
                : new Status(IStatus.WARNING, WorkbenchPlugin.ID, summary + "; " + String.join("; ", problems));
    }

    private static IFile workspaceFile(Path file) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
        return files.length == 0 ? null : files[0];
    }

    private static void projectMarker(IProject project, String message) {
        try {
            IMarker marker = project.createMarker(DiagnosticMarkers.MARKER_TYPE);
            marker.setAttribute(IMarker.MESSAGE, message);
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        } catch (CoreException e) {
            WorkbenchPlugin.log("Cannot mark " + project.getName(), e);
        }
    }

    private static void showProblems() {
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
        } catch (PartInitException | NullPointerException e) {
            // no window: nothing to show
        }
    }
}
