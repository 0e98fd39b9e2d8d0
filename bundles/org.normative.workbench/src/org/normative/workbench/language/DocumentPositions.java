package org.normative.workbench.language;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offsets in a JFace document and LSP positions (0-based line, UTF-16 column: the same unit as
 * a Java string, so Chinese text needs no conversion).
 */
public final class DocumentPositions {

    private DocumentPositions() {
    }

    public static Position position(IDocument document, int offset) {
        try {
            int clipped = Math.max(0, Math.min(offset, document.getLength()));
            int line = document.getLineOfOffset(clipped);
            return new Position(line, clipped - document.getLineOffset(line));
        } catch (BadLocationException e) {
            return new Position(0, 0);
        }
    }

    /** The offset of {@code position}, clipped to its line and to the document. */
    public static int offset(IDocument document, Position position) {
        try {
            int lines = document.getNumberOfLines();
            if (position.getLine() >= lines) {
                return document.getLength();
            }
            int start = document.getLineOffset(position.getLine());
            int length = document.getLineLength(position.getLine());
            String delimiter = document.getLineDelimiter(position.getLine());
            int content = length - (delimiter == null ? 0 : delimiter.length());
            return start + Math.max(0, Math.min(position.getCharacter(), content));
        } catch (BadLocationException e) {
            return document.getLength();
        }
    }

    /** {@code [offset, length]} of a range. */
    public static int[] region(IDocument document, Range range) {
        int start = offset(document, range.getStart());
        int end = Math.max(start, offset(document, range.getEnd()));
        return new int[] {start, end - start};
    }
}
