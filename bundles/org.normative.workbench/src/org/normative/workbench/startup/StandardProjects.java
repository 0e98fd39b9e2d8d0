package org.normative.workbench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.normative.dsl.project.StandardProject;
import org.normative.workbench.WorkbenchPlugin;

/** A standard's folder as a workspace project, made once and reused. */
public final class StandardProjects {

    private StandardProjects() {
    }

    /**
     * Opens {@code path} (a folder, or a file whose folder is meant) as a project and returns the
     * file to show: the file given, else the folder's {@code standard.norm}, else its first {@code .norm} file.
     */
    public static IFile importAndFind(Path path, IProgressMonitor monitor) throws CoreException {
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        IProject project = projectAt(folder, monitor);
        project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        Path relative = folder.relativize(Files.isDirectory(path) ? chooseFile(folder) : path);
        return relative.toString().isEmpty() ? null : project.getFile(IPath.fromPath(relative));
    }

    /** The open project whose location is {@code folder}: existing, or created (named after the folder). */
    public static IProject projectAt(Path folder, IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IPath location = IPath.fromPath(folder);
        for (IProject project : workspace.getRoot().getProjects()) {
            if (project.getLocation() != null && project.getLocation().equals(location)) {
                if (!project.isOpen()) {
                    project.open(monitor);
                }
                return project;
            }
        }
        IProjectDescription description;
        Path dotProject = folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
        if (Files.isRegularFile(dotProject)) {
            description = workspace.loadProjectDescription(IPath.fromPath(dotProject));
        } else {
            String name = folder.getFileName() == null ? "standard" : folder.getFileName().toString();
            String unique = name;
            for (int i = 2; workspace.getRoot().getProject(unique).exists(); i++) {
                unique = name + "-" + i;
            }
            description = workspace.newProjectDescription(unique);
            if (!workspace.getRoot().getLocation().append(unique).equals(location)) {
                description.setLocation(location);
            }
        }
        IProject project = workspace.getRoot().getProject(description.getName());
        if (!project.exists()) {
            project.create(description, monitor);
        }
        project.open(monitor);
        return project;
    }

    private static Path chooseFile(Path folder) throws CoreException {
        Path standard = folder.resolve("standard.norm");
        if (Files.isRegularFile(standard)) {
            return standard;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + StandardProject.FILE_EXTENSION)).sorted().findFirst()
                    .orElse(folder);
        } catch (IOException e) {
            throw new CoreException(new Status(IStatus.ERROR, WorkbenchPlugin.ID, folder + ": " + e.getMessage(), e));
        }
    }
}
