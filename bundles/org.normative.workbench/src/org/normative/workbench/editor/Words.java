package org.normative.workbench.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The id or id path ({@code AIE.value-thinking.value-delivery}) around an offset. */
final class Words {

    private Words() {
    }

    static boolean isIdPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '^';
    }

    static IRegion idAt(IDocument document, int offset) {
        try {
            int start = offset;
            while (start > 0 && isIdPart(document.getChar(start - 1))) {
                start--;
            }
            int end = offset;
            while (end < document.getLength() && isIdPart(document.getChar(end))) {
                end++;
            }
            return end > start ? new Region(start, end - start) : null;
        } catch (BadLocationException e) {
            return null;
        }
    }

    /** The part of an id before {@code offset} (what content assist completes). */
    static int prefixStart(IDocument document, int offset) {
        try {
            int start = offset;
            while (start > 0 && isIdPart(document.getChar(start - 1))) {
                start--;
            }
            return start;
        } catch (BadLocationException e) {
            return offset;
        }
    }
}
