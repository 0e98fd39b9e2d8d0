package org.normative.dsl.ide.server;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/**
 * Xtext's build manager, which builds a changed file only while it exists. Xtext's queues the
 * files to build and forgets them only once a build succeeds; a file reported changed and gone by
 * the time it is built (its folder removed from the workspace and deleted while the build of an
 * editor's close was still queued, as when a project is deleted) makes that build fail, and every
 * later one: the server then publishes no diagnostics any more. Here such a file is queued as
 * deleted instead, which removes it from the index.
 */
public class GoneFilesBuildManager extends BuildManager {

    private WorkspaceManager workspace;
    /** Xtext's queue of changed files: {@code submit} queues the changed files first, then the deleted ones. */
    private Set<URI> changedQueue;
    private final List<URI> gone = new ArrayList<>();

    @Override
    public void setWorkspaceManager(WorkspaceManager workspaceManager) {
        super.setWorkspaceManager(workspaceManager);
        this.workspace = workspaceManager;
    }

    @Override
    protected void queue(Set<URI> files, Collection<URI> toRemove, Collection<URI> toAdd) {
        if (changedQueue == null) {
            changedQueue = files;
        }
        super.queue(files, toRemove, toAdd);
        if (files == changedQueue) {
            for (Iterator<URI> it = files.iterator(); it.hasNext();) {
                URI file = it.next();
                if (isGone(file)) {
                    it.remove();
                    gone.add(file);
                }
            }
        } else {
            files.addAll(gone);
            gone.clear();
        }
    }

    private boolean isGone(URI file) {
        return file.isFile() && (workspace == null || !workspace.isDocumentOpen(file)) && !new File(file.toFileString()).exists();
    }
}
