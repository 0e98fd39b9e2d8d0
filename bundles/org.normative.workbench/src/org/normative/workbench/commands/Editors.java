package org.normative.workbench.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.normative.workbench.editor.NormativeEditor;

/** The standard editor a command applies to. */
final class Editors {

    private Editors() {
    }

    static NormativeEditor active(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        return part instanceof NormativeEditor editor ? editor : null;
    }
}
