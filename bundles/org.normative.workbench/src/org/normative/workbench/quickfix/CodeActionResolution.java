package org.normative.workbench.quickfix;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.normative.workbench.WorkbenchPlugin;

/**
 * One quick fix of a marker (Problems view, the editor's Quick Fix): the language server's code
 * action of that title. Run, it asks the server again for the marker as it is then, so that the
 * edit fits the text even if it changed since the fix was listed.
 */
public final class CodeActionResolution implements IMarkerResolution2 {

    private final String label;
    private final MarkerQuickFixes.Finding finding;

    public CodeActionResolution(CodeAction action, MarkerQuickFixes.Finding finding) {
        this.label = action.getTitle();
        this.finding = finding;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return label;
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        // (the marker may have been replaced by an equal one since the fix was listed)
        IMarker current = MarkerQuickFixes.current(marker, finding);
        List<CodeAction> actions = current == null ? List.of() : MarkerQuickFixes.codeActions(current);
        for (CodeAction action : actions) {
            if (label.equals(action.getTitle()) && action.getEdit() != null) {
                MarkerQuickFixes.apply(action.getEdit());
                return;
            }
        }
        WorkbenchPlugin.log("The quick fix '" + label + "' no longer applies to " + finding.resource().getFullPath()
                + " (the text changed); offered now: " + actions.stream().map(CodeAction::getTitle).toList(), null);
    }
}
