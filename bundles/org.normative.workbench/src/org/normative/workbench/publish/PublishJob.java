package org.normative.workbench.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.model.Standard;
import org.normative.publish.PublishRequest;
import org.normative.publish.Publishing;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.jobs.MonitorProgress;
import org.normative.workbench.markers.DiagnosticMarkers;

/**
 * Publishes the standard of a folder in the background, as {@code normative publish} does:
 * validates (findings go to the Problems view; errors stop it), then writes every edition
 * atomically through the core's {@link Publishing}. Cancel stops it between steps; editions
 * already written stay whole.
 */
public final class PublishJob extends Job {

    private final Path folder;
    private final PublishSettings settings;
    private final List<Path> written = new ArrayList<>();

    public PublishJob(Path folder, PublishSettings settings) {
        super("Publishing " + folder.getFileName());
        this.folder = folder;
        this.settings = settings;
        setUser(true);
    }

    /** The files written, editions first (when the job is done). */
    public synchronized List<Path> written() {
        return List.copyOf(written);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        MonitorProgress progress = new MonitorProgress(monitor, getName());
        try {
            StandardProject project = StandardProject.load(List.of(folder), progress);
            ValidationReport report = project.validate(progress);
            markers(report);
            if (report.hasErrors()) {
                long errors = report.findings().stream().filter(f -> f.severity() == org.normative.dsl.validation.RuleSeverity.ERROR).count();
                return new Status(IStatus.ERROR, WorkbenchPlugin.ID, "Not published: the standard has " + errors
                        + (errors == 1 ? " error" : " errors") + "; fix them first (see the Problems view).");
            }
            List<Standard> standards = project.standards();
            if (standards.isEmpty()) {
                return new Status(IStatus.ERROR, WorkbenchPlugin.ID, "No standard to publish in " + folder
                        + ": no file starts with 'standard ID version X.Y.Z'.");
            }
            Publishing publishing = new Publishing();
            PublishRequest request = new PublishRequest(settings.formats(), settings.language(), settings.outputFolder());
            for (Standard standard : standards) {
                List<Path> files = publishing.publish(standard, request, progress);
                synchronized (this) {
                    written.addAll(files);
                }
            }
            refresh();
            return new Status(IStatus.OK, WorkbenchPlugin.ID, "Published " + written().size() + " files to " + settings.outputFolder());
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ProjectException e) {
            return new Status(IStatus.ERROR, WorkbenchPlugin.ID, e.getMessage());
        } finally {
            progress.done();
        }
    }

    private void markers(ValidationReport report) {
        Map<IFile, List<Finding>> byFile = new HashMap<>();
        for (Finding finding : report.findings()) {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(finding.file().toUri());
            if (files.length > 0) {
                byFile.computeIfAbsent(files[0], f -> new ArrayList<>()).add(finding);
            }
        }
        try {
            DiagnosticMarkers.replace(byFile);
        } catch (CoreException e) {
            WorkbenchPlugin.log("Cannot show the findings", e);
        }
    }

    /** The output folder, when it is in the workspace, is refreshed so the editions show in the Project Explorer. */
    private void refresh() {
        for (var container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(settings.outputFolder().toUri())) {
            try {
                container.refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                WorkbenchPlugin.log("Cannot refresh " + container.getFullPath(), e);
            }
        }
    }
}
