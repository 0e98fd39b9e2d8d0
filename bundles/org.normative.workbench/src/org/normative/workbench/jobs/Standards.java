package org.normative.workbench.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.normative.dsl.project.StandardProject;

/** The standards a command applies to: their folders in the workspace. */
public final class Standards {

    private Standards() {
    }

    /**
     * The folder of the standard that the selection (a project, folder or {@code .norm} file) or
     * else the active editor names; {@code null} when neither names one.
     */
    public static IContainer selected(ISelection selection, IEditorPart editor) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            Object first = structured.getFirstElement();
            IResource resource = first instanceof IResource r ? r
                    : first instanceof IAdaptable adaptable ? adaptable.getAdapter(IResource.class) : null;
            if (resource instanceof IFile file) {
                return file.getParent();
            }
            if (resource instanceof IContainer container && container.getType() != IResource.ROOT) {
                return container;
            }
        }
        if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
            return input.getFile().getParent();
        }
        return null;
    }

    /** The open projects of the workspace that hold {@code .norm} files. */
    public static List<IProject> projects() {
        List<IProject> projects = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen() && project.getLocation() != null && hasStandardFiles(project.getLocation().toPath())) {
                projects.add(project);
            }
        }
        return projects;
    }

    private static boolean hasStandardFiles(Path folder) {
        try {
            return !StandardProject.sourceFiles(List.of(folder)).isEmpty() && Files.isDirectory(folder);
        } catch (Exception e) {
            return false;
        }
    }

    /** The location of a container in the file system. */
    public static Path location(IContainer container) {
        return container.getLocation().toPath();
    }
}
