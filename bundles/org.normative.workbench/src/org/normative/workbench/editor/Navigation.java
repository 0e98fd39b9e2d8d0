package org.normative.workbench.editor;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.language.DocumentPositions;
import org.normative.workbench.language.LspUris;

/** Opens the editor of a location that the language server answered (go to definition), on the range. */
public final class Navigation {

    private Navigation() {
    }

    public static IEditorPart open(Location location) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IEditorPart part;
            IFile file = LspUris.file(location.getUri());
            if (file != null) {
                part = IDE.openEditor(page, file, NormativeEditor.ID, true);
            } else {
                Path path = LspUris.path(location.getUri());
                if (path == null) {
                    return null;
                }
                part = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(path.toUri()));
            }
            if (part instanceof ITextEditor editor) {
                IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
                int[] region = DocumentPositions.region(document, location.getRange());
                editor.selectAndReveal(region[0], region[1]);
            }
            return part;
        } catch (CoreException e) {
            WorkbenchPlugin.log("Cannot open " + location.getUri(), e);
            return null;
        }
    }
}
