package org.normative.workbench.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.normative.dsl.ide.highlighting.NormativeSemanticHighlighting;
import org.normative.workbench.language.DocumentPositions;
import org.normative.workbench.language.LanguageSession;
import org.normative.workbench.language.LspUris;
import org.normative.workbench.language.SemanticToken;

/**
 * Semantic colouring on top of the syntax colouring ({@link NormativeScanner}): the LSP semantic
 * tokens of the language server (computed by the IDE services' {@link NormativeSemanticHighlighting},
 * the same that VS Code shows) drawn as a {@link TextPresentation} merged over the scanner's:
 * <ul>
 * <li>declarations (modifier {@code declaration}): bold;</li>
 * <li>references (no {@code declaration}): italic, in {@link #REFERENCE};</li>
 * <li>deprecated points, declared or referred to (modifier {@code deprecated}): struck through.</li>
 * </ul>
 * The tokens are asked for after each build of the file (when the server publishes its
 * diagnostics) and shown only if the text has not changed since the request; in between, they
 * are document positions that move with the text as it is edited.
 */
public final class SemanticHighlighting implements ITextPresentationListener, ITextInputListener {

    /** The colour of references. */
    public static final RGB REFERENCE = new RGB(0, 128, 128);

    /**
     * How long after a build the tokens are asked for: the build's markers are applied first, and
     * the builds of quick typing ask once.
     */
    private static final int DELAY_MS = 150;

    private final ISourceViewer viewer;
    private final Supplier<IFile> file;
    private final String category = "org.normative.workbench.semanticTokens." + System.identityHashCode(this);
    private final IPositionUpdater updater = new DefaultPositionUpdater(category);
    private final BiConsumer<String, List<Diagnostic>> diagnosticsListener = this::diagnosticsPublished;
    private final Runnable delayedRefresh = this::refresh;
    private final Display display;
    private final Color reference;
    private IDocument document;
    private volatile boolean disposed;
    /** The request under way (UI thread only): a newer one, or closing the editor, cancels it. */
    private CompletableFuture<List<SemanticToken>> pending;

    /** A token in the document: a position that follows the edits, with its style. */
    private static final class Token extends Position {
        final boolean declaration;
        final boolean deprecated;

        Token(int offset, int length, boolean declaration, boolean deprecated) {
            super(offset, length);
            this.declaration = declaration;
            this.deprecated = deprecated;
        }

        boolean sameAs(Token other) {
            return offset == other.offset && length == other.length && declaration == other.declaration
                    && deprecated == other.deprecated && isDeleted == other.isDeleted;
        }
    }

    SemanticHighlighting(ISourceViewer viewer, Supplier<IFile> file) {
        this.viewer = viewer;
        this.file = file;
        this.display = viewer.getTextWidget().getDisplay();
        this.reference = new Color(display, REFERENCE);
    }

    /** Starts colouring: listens to the viewer and to the builds of the file, and asks for the first tokens. */
    void install() {
        ((ITextViewerExtension4) viewer).addTextPresentationListener(this);
        viewer.addTextInputListener(this);
        attach(viewer.getDocument());
        LanguageSession.get().addDiagnosticsListener(diagnosticsListener);
        refresh();
    }

    void uninstall() {
        disposed = true;
        display.timerExec(-1, delayedRefresh);
        cancelPending();
        LanguageSession.get().removeDiagnosticsListener(diagnosticsListener);
        viewer.removeTextInputListener(this);
        ((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
        detach();
    }

    private void attach(IDocument newDocument) {
        document = newDocument;
        if (newDocument != null) {
            newDocument.addPositionCategory(category);
            newDocument.addPositionUpdater(updater);
        }
    }

    private void detach() {
        IDocument old = document;
        document = null;
        if (old != null) {
            old.removePositionUpdater(updater);
            try {
                old.removePositionCategory(category);
            } catch (BadPositionCategoryException e) {
                // already gone
            }
        }
    }

    @Override
    public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
        detach();
    }

    @Override
    public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
        attach(newInput);
        refresh();
    }

    private void diagnosticsPublished(String uri, List<Diagnostic> diagnostics) {
        IFile current = file.get();
        if (!disposed && current != null && uri.equals(LspUris.of(current)) && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (!disposed) {
                    display.timerExec(DELAY_MS, delayedRefresh); // a later build restarts the delay
                }
            });
        }
    }

    /**
     * Asks the server for the tokens of the file (on the UI thread, without waiting) and shows them
     * when they come, unless the text changed meanwhile (a newer build then brings newer tokens).
     */
    void refresh() {
        IFile current = file.get();
        IDocument requested = document;
        if (disposed || current == null || requested == null) {
            return;
        }
        long stamp = stamp(requested);
        cancelPending();
        CompletableFuture<List<SemanticToken>> request = LanguageSession.get().semanticTokens(current);
        pending = request;
        request.thenAccept(tokens -> {
            if (tokens != null && !display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!disposed && document == requested && stamp(requested) == stamp) {
                        show(requested, tokens);
                    }
                });
            }
        });
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(true);
            pending = null;
        }
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
                : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    }

    /** Replaces the tokens of the document and redraws the part of the text where they differ. */
    private void show(IDocument target, List<SemanticToken> tokens) {
        List<Token> fresh = new ArrayList<>(tokens.size());
        for (SemanticToken token : tokens) {
            int offset = DocumentPositions.offset(target, new org.eclipse.lsp4j.Position(token.line(), token.character()));
            int length = Math.min(token.length(), target.getLength() - offset);
            if (length > 0) {
                fresh.add(new Token(offset, length, token.has(NormativeSemanticHighlighting.DECLARATION),
                        token.has(NormativeSemanticHighlighting.DEPRECATED)));
            }
        }
        fresh.sort((a, b) -> Integer.compare(a.offset, b.offset));
        List<Token> old = tokens(target);
        int first = 0;
        while (first < old.size() && first < fresh.size() && old.get(first).sameAs(fresh.get(first))) {
            first++;
        }
        if (first == old.size() && first == fresh.size()) {
            return;
        }
        int lastOld = old.size() - 1;
        int lastFresh = fresh.size() - 1;
        while (lastOld >= first && lastFresh >= first && old.get(lastOld).sameAs(fresh.get(lastFresh))) {
            lastOld--;
            lastFresh--;
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (List<Token> list : List.of(old.subList(first, lastOld + 1), fresh.subList(first, lastFresh + 1))) {
            for (Token token : list) {
                start = Math.min(start, token.offset);
                end = Math.max(end, token.offset + token.length);
            }
        }
        try {
            // all at once (removing one by one searches the list each time); added in order, each at the end
            target.removePositionCategory(category);
            target.addPositionCategory(category);
            for (Token token : fresh) {
                target.addPosition(category, token);
            }
        } catch (BadLocationException | BadPositionCategoryException e) {
            return;
        }
        if (end > start) {
            end = Math.min(end, target.getLength());
            ((ITextViewerExtension2) viewer).invalidateTextPresentation(start, Math.max(0, end - start));
        }
    }

    private List<Token> tokens(IDocument target) {
        List<Token> tokens = new ArrayList<>();
        try {
            for (Position position : target.getPositions(category)) {
                if (position instanceof Token token) {
                    tokens.add(token);
                }
            }
        } catch (BadPositionCategoryException e) {
            // not attached
        }
        return tokens;
    }

    /** Merges the style of the tokens in the presentation's extent over the syntax colouring (model offsets). */
    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IDocument current = document;
        IRegion extent = presentation.getExtent();
        if (current == null || extent == null) {
            return;
        }
        int from = extent.getOffset();
        int to = from + extent.getLength();
        for (Token token : tokens(current)) {
            if (token.isDeleted() || token.offset >= to) {
                continue;
            }
            int start = Math.max(token.offset, from);
            int end = Math.min(token.offset + token.length, to);
            if (end <= start) {
                continue;
            }
            StyleRange range = new StyleRange(start, end - start, token.declaration ? null : reference, null,
                    token.declaration ? SWT.BOLD : SWT.ITALIC);
            range.strikeout = token.deprecated;
            presentation.mergeStyleRange(range);
        }
    }
}
