package org.normative.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The hover of the {@code .norm} language: Xtext's {@link HoverService} finds the element under
 * the pointer (the target of a reference such as {@code requires X}, or the declaration the
 * pointer is in), {@link ElementDescription} says what it is, as Markdown. Elements it has
 * nothing to say about get no hover.
 */
@Singleton
public class NormativeHoverService extends HoverService {

    @Inject
    private ElementDescription description;

    /**
     * The Markdown that a hover at {@code offset} of {@code resource} shows, or {@code null}: for
     * editors that talk to the IDE services in process (the workbench) rather than over LSP.
     */
    public String markdownAt(XtextResource resource, int offset) {
        String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
        HoverContext context = createContext(new Document(0, text), resource, offset);
        if (context == null || !context.getRegion().contains(offset)) {
            return null;
        }
        return description.describe(context.getElement());
    }

    @Override
    protected MarkupContent getMarkupContent(HoverContext context) {
        String markdown = description.describe(context.getElement());
        return markdown == null ? null : toMarkupContent(MarkupKind.MARKDOWN, markdown);
    }

    @Override
    public String getContents(EObject element) {
        String markdown = description.describe(element);
        return markdown == null ? "" : markdown;
    }
}
