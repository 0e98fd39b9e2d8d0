package org.normative.workbench.editor;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.normative.workbench.language.LanguageSession;
import org.normative.workbench.language.LspUris;
import org.normative.workbench.outline.NormativeOutlinePage;

/**
 * The editor of {@code .norm} files: the Platform's text editor with the language's services
 * (through {@link LanguageSession}): colouring (syntax, and semantic: {@link SemanticHighlighting}),
 * validation as you type (markers), content assist, hover, go to definition, outline, folding and
 * format.
 */
public class NormativeEditor extends TextEditor {

    public static final String ID = "org.normative.workbench.editor";
    public static final String CONTEXT = "org.normative.workbench.editorScope";

    private IFile file;
    private ProjectionSupport projection;
    private FoldingStructure folding;
    private SemanticHighlighting semanticHighlighting;
    private NormativeOutlinePage outline;
    private volatile List<DocumentSymbol> symbols = List.of();
    private final BiConsumer<String, List<Diagnostic>> diagnosticsListener = this::diagnosticsPublished;
    private final Job symbolsJob = new Job("Outline of a standard") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            IFile current = file;
            if (current != null) {
                List<DocumentSymbol> fresh = LanguageSession.get().symbols(current);
                symbols = fresh;
                Display display = Display.getDefault();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> symbolsChanged(fresh));
                }
            }
            return Status.OK_STATUS;
        }
    };

    public NormativeEditor() {
        setSourceViewerConfiguration(new NormativeSourceViewerConfiguration(this, getPreferenceStore()));
        symbolsJob.setSystem(true);
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] {CONTEXT});
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        IOverviewRuler overview = getOverviewRuler();
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, overview, isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projection.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        folding = new FoldingStructure(viewer);
        semanticHighlighting = new SemanticHighlighting(viewer, () -> file);
        semanticHighlighting.install();
        // the outline follows the caret (its page may exist before this viewer: the editor forwards): selections
        // set by a program, and moves of the caret by keyboard or mouse (post-selection events)
        org.eclipse.jface.viewers.ISelectionChangedListener follow = event -> {
            if (outline != null && outline.getControl() != null && !outline.getControl().isDisposed()) {
                outline.cursorMoved(event);
            }
        };
        viewer.addSelectionChangedListener(follow);
        viewer.addPostSelectionChangedListener(follow);
        if (!symbols.isEmpty()) {
            folding.update(symbols, getDocument());
        }
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        disconnect();
        super.doSetInput(input);
        if (input instanceof IFileEditorInput fileInput) {
            file = fileInput.getFile();
            IDocument document = getDocumentProvider().getDocument(input);
            LanguageSession session = LanguageSession.get();
            session.addDiagnosticsListener(diagnosticsListener);
            session.connect(file, document);
            symbolsJob.schedule();
        }
    }

    private void disconnect() {
        if (file != null) {
            LanguageSession session = LanguageSession.get();
            session.removeDiagnosticsListener(diagnosticsListener);
            session.disconnect(file);
            file = null;
        }
    }

    @Override
    public void dispose() {
        disconnect();
        symbolsJob.cancel();
        if (semanticHighlighting != null) {
            semanticHighlighting.uninstall();
        }
        if (projection != null) {
            projection.dispose();
        }
        super.dispose();
    }

    /** After each build of this file (the server publishes its diagnostics then): a new outline. */
    private void diagnosticsPublished(String uri, List<Diagnostic> diagnostics) {
        IFile current = file;
        if (current != null && uri.equals(LspUris.of(current))) {
            symbolsJob.schedule(50);
        }
    }

    private void symbolsChanged(List<DocumentSymbol> fresh) {
        if (getSourceViewer() == null || getSourceViewer().getTextWidget() == null || getSourceViewer().getTextWidget().isDisposed()) {
            return;
        }
        if (folding != null) {
            folding.update(fresh, getDocument());
        }
        if (outline != null) {
            outline.setSymbols(fresh);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (IContentOutlinePage.class.equals(type)) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new NormativeOutlinePage(this);
                outline.setSymbols(symbols);
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    /** The file being edited. */
    public IFile getFile() {
        return file;
    }

    public IDocument getDocument() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** The outline as last computed (standard or part, roles, dimensions, points). */
    public List<DocumentSymbol> getSymbols() {
        return symbols;
    }

    /** Selects {@code [offset, offset + length)} and shows it (the outline and go to definition use it). */
    public void reveal(int offset, int length) {
        selectAndReveal(offset, length);
    }

    /** The text viewer, for handlers and tests. */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }
}
