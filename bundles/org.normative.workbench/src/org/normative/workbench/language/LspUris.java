package org.normative.workbench.language;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

/** The URIs of files as the language server writes them ({@code file:///...}), and back. */
public final class LspUris {

    private static final UriExtensions URIS = new UriExtensions();

    private LspUris() {
    }

    public static String of(Path file) {
        return URIS.toUriString(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
    }

    /** The URI of a workspace file, {@code null} for one without a location in the file system. */
    public static String of(IFile file) {
        IPath location = file.getLocation();
        return location == null ? null : of(location.toPath());
    }

    /** The file of a server URI, {@code null} for one that is not a file. */
    public static Path path(String uri) {
        URI parsed = URIS.toUri(uri);
        return parsed.isFile() ? Path.of(parsed.toFileString()) : null;
    }

    /** The workspace file at a server URI (the first one when linked twice), {@code null} outside the workspace. */
    public static IFile file(String uri) {
        Path path = path(uri);
        if (path == null) {
            return null;
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
        for (IFile file : files) {
            if (file.isAccessible()) {
                return file;
            }
        }
        return files.length > 0 ? files[0] : null;
    }
}
