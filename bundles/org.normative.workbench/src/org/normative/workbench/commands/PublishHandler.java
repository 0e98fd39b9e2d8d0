package org.normative.workbench.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Standard;
import org.normative.publish.Publishers;
import org.normative.workbench.jobs.Standards;
import org.normative.workbench.publish.PublishDialog;
import org.normative.workbench.publish.PublishJob;

/**
 * Publish...: the formats of the publishing registry, a language of the standard and an output
 * folder; then a background job; at the end the editions are selected in the Project Explorer
 * (output in the workspace) or listed.
 */
public final class PublishHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IContainer container = Standards.selected(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (container == null) {
            MessageDialog.openInformation(shell, "Publish", "Select a standard (its project, folder or a .norm file) first.");
            return null;
        }
        if (!IDE.saveAllEditors(new IResource[] {container}, true)) {
            return null;
        }
        Path folder = Standards.location(container);
        Standard standard;
        try {
            List<Standard> standards = StandardProject.load(List.of(folder), Progress.NONE).standards();
            if (standards.isEmpty()) {
                MessageDialog.openInformation(shell, "Publish", "No standard in " + container.getFullPath()
                        + ": no file starts with 'standard ID version X.Y.Z'.");
                return null;
            }
            standard = standards.get(0);
        } catch (ProjectException e) {
            MessageDialog.openError(shell, "Publish", e.getMessage());
            return null;
        }
        List<String> languages = new ArrayList<>(standard.getLanguages());
        if (languages.isEmpty()) {
            languages.add("(default)");
        }
        PublishDialog dialog = new PublishDialog(shell, standard.getId() + " " + standard.getVersion(), Publishers.standard().names(),
                languages, folder.resolve("target").resolve("editions"));
        if (dialog.open() != Window.OK) {
            return null;
        }
        PublishJob job = new PublishJob(folder, dialog.settings());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                if (done.getResult().getSeverity() == IStatus.OK) {
                    Display.getDefault().asyncExec(() -> reveal(job.written()));
                }
            }
        });
        job.schedule();
        return null;
    }

    /** Selects the editions in the Project Explorer, or lists them when they are outside the workspace. */
    static void reveal(List<Path> files) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || files.isEmpty()) {
            return;
        }
        List<IResource> resources = new ArrayList<>();
        for (Path file : files) {
            for (var resource : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
                resources.add(resource);
            }
        }
        if (!resources.isEmpty()) {
            try {
                var view = window.getActivePage().showView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
                if (view instanceof ISetSelectionTarget target) {
                    target.selectReveal(new StructuredSelection(resources));
                }
            } catch (org.eclipse.ui.PartInitException e) {
                // no explorer: the files are listed below
            }
            return;
        }
        StringBuilder list = new StringBuilder("The editions are in " + files.get(0).getParent() + ":\n");
        files.forEach(f -> list.append("\n  ").append(f.getFileName()));
        MessageDialog.openInformation(window.getShell(), "Published", list.toString());
    }
}
