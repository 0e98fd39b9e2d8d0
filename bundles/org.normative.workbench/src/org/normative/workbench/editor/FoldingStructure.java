package org.normative.workbench.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.normative.workbench.language.DocumentPositions;

/** Folding of the blocks of a standard (roles, dimensions, points, ...): one region per symbol over several lines. */
final class FoldingStructure {

    private final ProjectionViewer viewer;

    FoldingStructure(ProjectionViewer viewer) {
        this.viewer = viewer;
    }

    void update(List<DocumentSymbol> symbols, IDocument document) {
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        if (model == null || document == null) {
            return;
        }
        List<Position> wanted = new ArrayList<>();
        collect(symbols, document, wanted);
        // keep the regions that are still there (and whether they are folded), remove the others
        Map<String, Position> byKey = new HashMap<>();
        for (Position position : wanted) {
            byKey.put(position.offset + ":" + position.length, position);
        }
        List<Annotation> removed = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (position == null || byKey.remove(position.offset + ":" + position.length) == null) {
                removed.add(annotation);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Position position : byKey.values()) {
            added.put(new ProjectionAnnotation(), position);
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
        }
    }

    private static void collect(List<DocumentSymbol> symbols, IDocument document, List<Position> into) {
        for (DocumentSymbol symbol : symbols) {
            int startLine = symbol.getRange().getStart().getLine();
            int endLine = symbol.getRange().getEnd().getLine();
            if (endLine > startLine) {
                try {
                    int start = document.getLineOffset(startLine);
                    int endOffset = DocumentPositions.offset(document, symbol.getRange().getEnd());
                    int end = endLine + 1 < document.getNumberOfLines() ? document.getLineOffset(endLine + 1) : Math.max(endOffset, document.getLength());
                    into.add(new Position(start, end - start));
                } catch (BadLocationException e) {
                    // the document changed since: the next update gets it right
                }
            }
            if (symbol.getChildren() != null) {
                collect(symbol.getChildren(), document, into);
            }
        }
    }
}
