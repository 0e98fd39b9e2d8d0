package org.normative.workbench.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.lsp4j.Location;
import org.normative.workbench.language.LanguageSession;

/** Ctrl+click on a reference: opens the point, dimension or role it names, also in another file. */
final class NormativeHyperlinkDetector implements IHyperlinkDetector {

    private final NormativeEditor editor;

    NormativeHyperlinkDetector(NormativeEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        IFile file = editor.getFile();
        IRegion id = Words.idAt(viewer.getDocument(), region.getOffset());
        if (file == null || id == null) {
            return null;
        }
        List<Location> targets = LanguageSession.get().definition(file, viewer.getDocument(), region.getOffset());
        if (targets.isEmpty()) {
            return null;
        }
        Location target = targets.get(0);
        return new IHyperlink[] {new IHyperlink() {
            @Override
            public IRegion getHyperlinkRegion() {
                return id;
            }

            @Override
            public String getTypeLabel() {
                return null;
            }

            @Override
            public String getHyperlinkText() {
                return "Open Declaration";
            }

            @Override
            public void open() {
                Navigation.open(target);
            }
        }};
    }
}
