package org.normative.workbench.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardScaffold;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.startup.StandardProjects;

/**
 * File > New > Standard: a new standard project with the scaffold of {@code normative init}
 * (the core's {@link StandardScaffold}), opened as a project with its standard file in the editor.
 */
public final class NewStandardWizard extends Wizard implements INewWizard {

    private NewStandardPage page;
    private IProject created;

    public NewStandardWizard() {
        setWindowTitle("New Standard");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
    }

    @Override
    public void addPages() {
        page = new NewStandardPage(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath());
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        StandardScaffold scaffold = page.scaffold();
        Path folder = page.folder();
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException, InvocationTargetException {
                    try {
                        List<Path> files = scaffold.create();
                        created = StandardProjects.projectAt(folder, monitor);
                        monitor.subTask("Created " + files.size() + " files");
                    } catch (ProjectException e) {
                        throw new InvocationTargetException(e, e.getMessage());
                    }
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "New Standard", e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        IFile standard = created.getFile("standard.norm");
        try {
            IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), standard, NormativeEditor.ID, true);
        } catch (PartInitException e) {
            WorkbenchPlugin.log("Cannot open " + standard.getFullPath(), e);
        }
        return true;
    }

    /** The project made by the last finish. */
    public IProject created() {
        return created;
    }

    /** The page, for tests. */
    public NewStandardPage page() {
        return page;
    }
}
