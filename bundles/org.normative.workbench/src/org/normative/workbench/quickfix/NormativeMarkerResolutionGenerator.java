package org.normative.workbench.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * The quick fixes of Normative markers in the Problems view (extension
 * {@code org.eclipse.ui.ide.markerResolution}) and in the editor: one resolution per code action
 * that the language server offers for the marker's finding.
 */
public final class NormativeMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return MarkerQuickFixes.fixable(marker);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        MarkerQuickFixes.Finding finding = MarkerQuickFixes.Finding.of(marker);
        return MarkerQuickFixes.codeActions(marker).stream().map(action -> new CodeActionResolution(action, finding))
                .toArray(IMarkerResolution[]::new);
    }
}
