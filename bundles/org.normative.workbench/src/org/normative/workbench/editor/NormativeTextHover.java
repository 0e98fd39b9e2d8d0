package org.normative.workbench.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.normative.workbench.language.LanguageSession;

/**
 * Hover from the language's hover service (the IDE module's {@code IHoverService}: for a
 * reference, the target point's title, scope and criteria), shown as simple HTML.
 */
public final class NormativeTextHover implements ITextHover, ITextHoverExtension {

    private final NormativeEditor editor;

    NormativeTextHover(NormativeEditor editor) {
        this.editor = editor;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IRegion id = Words.idAt(viewer.getDocument(), offset);
        return id != null ? id : new Region(offset, 0);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        String text = hoverText(editor.getFile(), viewer.getDocument(), region.getOffset());
        return text == null ? null : Markdown.toHtml(text);
    }

    /** The hover's text (Markdown) at {@code offset}, {@code null} when there is none. */
    public static String hoverText(IFile file, IDocument document, int offset) {
        if (file == null) {
            return null;
        }
        Hover hover = LanguageSession.get().hover(file, document, offset);
        if (hover == null || hover.getContents() == null) {
            return null;
        }
        Either<List<Either<String, MarkedString>>, MarkupContent> contents = hover.getContents();
        List<String> parts = new ArrayList<>();
        if (contents.isRight()) {
            parts.add(contents.getRight().getValue());
        } else {
            for (Either<String, MarkedString> part : contents.getLeft()) {
                parts.add(part.isLeft() ? part.getLeft() : part.getRight().getValue());
            }
        }
        String text = String.join("\n\n", parts).strip();
        return text.isEmpty() ? null : text;
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return parent -> new DefaultInformationControl(parent, true);
    }
}
