package org.normative.workbench.startup;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.editor.NormativeEditor;

/**
 * {@code ./normative-workbench PATH}: the launcher passes the standard's folder (or one of its
 * files) as the system property {@code normative.open}; it is opened as a project (imported once)
 * and its standard file is shown in the editor.
 */
public final class OpenFromCommandLine implements IStartup {

    public static final String PROPERTY = "normative.open";

    @Override
    public void earlyStartup() {
        String argument = System.getProperty(PROPERTY);
        if (argument == null || argument.isBlank()) {
            return;
        }
        Path path = Path.of(argument).toAbsolutePath().normalize();
        Job job = new Job("Opening " + path.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    IFile file = StandardProjects.importAndFind(path, monitor);
                    if (file != null) {
                        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(file));
                    }
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return new Status(IStatus.ERROR, WorkbenchPlugin.ID, "Cannot open " + path + ": " + e.getMessage(), e);
                }
            }
        };
        if (Files.exists(path)) {
            job.schedule();
        }
    }

    private static void open(IFile file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window != null && window.getActivePage() != null) {
            try {
                IDE.openEditor(window.getActivePage(), file, NormativeEditor.ID, true);
            } catch (PartInitException e) {
                WorkbenchPlugin.log("Cannot open " + file.getFullPath(), e);
            }
        }
    }
}
