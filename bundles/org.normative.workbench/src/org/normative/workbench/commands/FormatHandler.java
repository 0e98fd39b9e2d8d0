package org.normative.workbench.commands;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.PlatformUI;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.language.DocumentPositions;
import org.normative.workbench.language.LanguageSession;

/** Format (Ctrl+Shift+F): the language's formatter's edits, applied as one undoable change. */
public final class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NormativeEditor editor = Editors.active(event);
        if (editor != null) {
            format(editor);
        }
        return null;
    }

    /**
     * Formats the editor's document; returns the number of edits applied, or -1 when the language
     * server gave no answer (cancelled by the user, or timed out: the status line says so). While
     * the server builds the latest text and formats it, the workbench shows a busy cursor, and
     * after a moment a progress dialog with Cancel.
     */
    public static int format(NormativeEditor editor) {
        AtomicReference<List<TextEdit>> answer = new AtomicReference<>();
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                monitor.beginTask("Formatting " + editor.getFile().getName(), IProgressMonitor.UNKNOWN);
                answer.set(LanguageSession.get().formatting(editor.getFile(), monitor));
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            WorkbenchPlugin.log("Cannot format " + editor.getFile().getFullPath(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<TextEdit> edits = answer.get();
        if (edits == null) {
            editor.getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("Not formatted: the language server gave no answer (cancelled or timed out).");
            return -1;
        }
        if (edits.isEmpty()) {
            return 0;
        }
        IDocument document = editor.getDocument();
        // offsets from the document as it is, applied from the end so that earlier ones stay valid
        List<int[]> regions = new ArrayList<>();
        for (TextEdit edit : edits) {
            int[] region = DocumentPositions.region(document, edit.getRange());
            regions.add(new int[] {region[0], region[1], regions.size()});
        }
        regions.sort(Comparator.comparingInt((int[] r) -> r[0]).reversed());
        IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
        if (target != null) {
            target.beginCompoundChange();
        }
        try {
            for (int[] region : regions) {
                document.replace(region[0], region[1], edits.get(region[2]).getNewText());
            }
        } catch (BadLocationException e) {
            WorkbenchPlugin.log("Cannot apply the formatter's edits", e);
        } finally {
            if (target != null) {
                target.endCompoundChange();
            }
        }
        return edits.size();
    }
}
