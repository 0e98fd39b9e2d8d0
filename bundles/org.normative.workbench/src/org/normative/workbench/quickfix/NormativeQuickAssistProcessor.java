package org.normative.workbench.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.texteditor.spelling.SpellingCorrectionProcessor;
import org.normative.workbench.editor.NormativeEditor;

/**
 * Quick Fix (Ctrl+1) in the {@code .norm} editor: the fixes of the Normative markers at the
 * cursor (else on its line), the same resolutions as in the Problems view; where there is none,
 * spelling corrections as in any text editor.
 */
public final class NormativeQuickAssistProcessor implements IQuickAssistProcessor {

    private final NormativeEditor editor;
    private final SpellingCorrectionProcessor spelling = new SpellingCorrectionProcessor();
    private final NormativeMarkerResolutionGenerator resolutions = new NormativeMarkerResolutionGenerator();

    public NormativeQuickAssistProcessor(NormativeEditor editor) {
        this.editor = editor;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        if (annotation instanceof MarkerAnnotation marker && MarkerQuickFixes.fixable(marker.getMarker())) {
            return true;
        }
        return spelling.canFix(annotation);
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (IMarker marker : markersAt(context.getOffset())) {
            for (IMarkerResolution resolution : resolutions.getResolutions(marker)) {
                proposals.add(new ResolutionProposal(resolution, marker));
            }
        }
        if (proposals.isEmpty()) {
            // no finding to fix here: spelling corrections (or the platform's "No suggestions available")
            return spelling.computeQuickAssistProposals(context);
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    /** The fixable markers whose range holds {@code offset}; when there is none, those on its line. */
    public List<IMarker> markersAt(int offset) {
        IAnnotationModel model = editor.getDocumentProvider() == null ? null
                : editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        IDocument document = editor.getDocument();
        if (model == null || document == null) {
            return List.of();
        }
        Set<IMarker> atOffset = new LinkedHashSet<>();
        Set<IMarker> onLine = new LinkedHashSet<>();
        int line;
        try {
            line = document.getLineOfOffset(Math.max(0, Math.min(offset, document.getLength())));
        } catch (BadLocationException e) {
            return List.of();
        }
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (!(it.next() instanceof MarkerAnnotation annotation) || annotation.isMarkedDeleted()
                    || !MarkerQuickFixes.fixable(annotation.getMarker())) {
                continue;
            }
            Position position = model.getPosition(annotation);
            if (position == null || position.isDeleted()) {
                continue;
            }
            if (position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
                atOffset.add(annotation.getMarker());
            }
            try {
                if (document.getLineOfOffset(position.getOffset()) == line) {
                    onLine.add(annotation.getMarker());
                }
            } catch (BadLocationException e) {
                // a position beyond the text: not on this line
            }
        }
        return List.copyOf(atOffset.isEmpty() ? onLine : atOffset);
    }

    /** A marker resolution in the Quick Fix list. */
    private static final class ResolutionProposal implements ICompletionProposal {

        private final IMarkerResolution resolution;
        private final IMarker marker;

        ResolutionProposal(IMarkerResolution resolution, IMarker marker) {
            this.resolution = resolution;
            this.marker = marker;
        }

        @Override
        public void apply(IDocument document) {
            resolution.run(marker);
        }

        @Override
        public Point getSelection(IDocument document) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return null;
        }

        @Override
        public String getDisplayString() {
            return resolution.getLabel();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
