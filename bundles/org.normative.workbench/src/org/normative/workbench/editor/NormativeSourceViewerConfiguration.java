package org.normative.workbench.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.normative.workbench.quickfix.NormativeQuickAssistProcessor;

/** The language's services plugged into the Platform's text viewer. */
final class NormativeSourceViewerConfiguration extends TextSourceViewerConfiguration {

    private final NormativeEditor editor;

    NormativeSourceViewerConfiguration(NormativeEditor editor, IPreferenceStore preferences) {
        super(preferences);
        this.editor = editor;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer viewer) {
        return NormativePartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer viewer) {
        return new String[] {IDocument.DEFAULT_CONTENT_TYPE, NormativePartitions.STRING, NormativePartitions.COMMENT};
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(NormativePartitions.PARTITIONING);
        add(reconciler, new NormativeScanner(), IDocument.DEFAULT_CONTENT_TYPE);
        add(reconciler, single(NormativeScanner.STRING, SWT.NORMAL), NormativePartitions.STRING);
        add(reconciler, single(NormativeScanner.COMMENT, SWT.ITALIC), NormativePartitions.COMMENT);
        return reconciler;
    }

    private static RuleBasedScanner single(org.eclipse.swt.graphics.RGB rgb, int style) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(NormativeScanner.token(rgb, style));
        return scanner;
    }

    private static void add(PresentationReconciler reconciler, RuleBasedScanner scanner, String contentType) {
        DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(repairer, contentType);
        reconciler.setRepairer(repairer, contentType);
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer viewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(NormativePartitions.PARTITIONING);
        NormativeCompletionProcessor processor = new NormativeCompletionProcessor(editor);
        assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.enableAutoInsert(false);
        assistant.setInformationControlCreator(getInformationControlCreator(viewer));
        return assistant;
    }

    /** Quick Fix (Ctrl+1): the fixes of the findings at the cursor, as the language server offers them. */
    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new NormativeQuickAssistProcessor(editor));
        assistant.setInformationControlCreator(getInformationControlCreator(viewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
        return new NormativeTextHover(editor);
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
        List<IHyperlinkDetector> detectors = new ArrayList<>();
        detectors.add(new NormativeHyperlinkDetector(editor));
        IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(viewer);
        if (inherited != null) {
            detectors.addAll(List.of(inherited));
        }
        return detectors.toArray(IHyperlinkDetector[]::new);
    }

    @Override
    public int getTabWidth(ISourceViewer viewer) {
        return 4;
    }
}
