package org.normative.workbench.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.Location;
import org.normative.workbench.editor.Navigation;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.language.LanguageSession;

/** Open Declaration (F3): the element that the reference at the cursor names, also in another file. */
public final class OpenDeclarationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NormativeEditor editor = Editors.active(event);
        if (editor == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
            return null;
        }
        List<Location> targets = LanguageSession.get().definition(editor.getFile(), editor.getDocument(), selection.getOffset());
        if (!targets.isEmpty()) {
            Navigation.open(targets.get(0));
        }
        return null;
    }
}
