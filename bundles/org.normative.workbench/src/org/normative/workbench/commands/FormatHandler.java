package org.normative.workbench.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.TextEdit;
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

    /** Formats the editor's document; returns the number of edits applied. */
    public static int format(NormativeEditor editor) {
        List<TextEdit> edits = LanguageSession.get().formatting(editor.getFile());
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
