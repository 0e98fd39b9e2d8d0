package org.normative.workbench.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertReplaceEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.normative.workbench.language.DocumentPositions;
import org.normative.workbench.language.LanguageSession;

/**
 * Content assist from the language's proposal provider (keywords that fit at the cursor, ids of
 * points, dimensions and roles at references, tier numbers): each LSP completion item becomes a
 * proposal that replaces the item's range.
 */
public final class NormativeCompletionProcessor implements IContentAssistProcessor {

    private final NormativeEditor editor;
    private String error;

    NormativeCompletionProcessor(NormativeEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        return proposals(editor.getFile(), viewer.getDocument(), offset).toArray(ICompletionProposal[]::new);
    }

    /** The proposals at {@code offset} of {@code document}, the text of {@code file}. */
    public static List<ICompletionProposal> proposals(IFile file, IDocument document, int offset) {
        List<ICompletionProposal> proposals = new ArrayList<>();
        if (file == null) {
            return proposals;
        }
        int prefixStart = Words.prefixStart(document, offset);
        for (CompletionItem item : LanguageSession.get().completion(file, document, offset)) {
            String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
            int start = prefixStart;
            int end = offset;
            Either<TextEdit, InsertReplaceEdit> edit = item.getTextEdit();
            if (edit != null && edit.isLeft()) {
                text = edit.getLeft().getNewText();
                int[] region = DocumentPositions.region(document, edit.getLeft().getRange());
                start = region[0];
                end = region[0] + region[1];
            } else if (edit != null) {
                text = edit.getRight().getNewText();
                int[] region = DocumentPositions.region(document, edit.getRight().getReplace());
                start = region[0];
                end = region[0] + region[1];
            }
            String display = item.getLabel() + (item.getDetail() == null || item.getDetail().isBlank() ? "" : "  \u2013 " + item.getDetail());
            String info = item.getDocumentation() == null ? null
                    : item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
            proposals.add(new CompletionProposal(text, start, end - start, text.length(), null, display, null, info));
        }
        return proposals;
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] {'.'};
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return error;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
