package org.normative.workbench.quickfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.normative.dsl.ide.quickfix.QuickFixes;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.language.DocumentPositions;
import org.normative.workbench.language.LanguageSession;
import org.normative.workbench.language.LspUris;
import org.normative.workbench.markers.DiagnosticMarkers;

/**
 * The quick fixes of a Normative marker: the language server's code actions for the marker's
 * finding (computed by {@link QuickFixes} in the language's IDE services), and their edits applied
 * to the open editor's document when the file is open (undoable as one change, not saved), else to
 * the file.
 */
public final class MarkerQuickFixes {

    private MarkerQuickFixes() {
    }

    /** Whether the rule of {@code marker} has quick fixes (the server may still find none for this one). */
    public static boolean fixable(IMarker marker) {
        try {
            return marker.exists() && marker.isSubtypeOf(DiagnosticMarkers.MARKER_TYPE)
                    && QuickFixes.RULES.contains(marker.getAttribute(DiagnosticMarkers.RULE, ""));
        } catch (CoreException e) {
            return false;
        }
    }

    /**
     * What identifies the finding of a marker: the markers of a file are replaced by new ones at
     * each publication of its diagnostics, so a marker listed a moment ago may be gone, replaced by
     * an equal one.
     */
    public record Finding(IResource resource, String rule, String message, int start) {

        public static Finding of(IMarker marker) {
            return new Finding(marker.getResource(), marker.getAttribute(DiagnosticMarkers.RULE, ""),
                    marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(IMarker.CHAR_START, -1));
        }
    }

    /**
     * {@code marker} if it still exists, else the marker of the same finding that replaced it (same
     * rule and message, at the same place if there is one), else {@code null}.
     */
    public static IMarker current(IMarker marker, Finding finding) {
        if (marker != null && marker.exists()) {
            return marker;
        }
        if (finding.resource() == null || !finding.resource().exists()) {
            return null;
        }
        IMarker same = null;
        try {
            for (IMarker candidate : finding.resource().findMarkers(DiagnosticMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
                if (finding.rule().equals(candidate.getAttribute(DiagnosticMarkers.RULE, ""))
                        && finding.message().equals(candidate.getAttribute(IMarker.MESSAGE, ""))) {
                    if (candidate.getAttribute(IMarker.CHAR_START, -1) == finding.start()) {
                        return candidate;
                    }
                    if (same == null) {
                        same = candidate;
                    }
                }
            }
        } catch (CoreException e) {
            return null;
        }
        return same;
    }

    /** The code actions of the language server for the finding of {@code marker}. */
    public static List<CodeAction> codeActions(IMarker marker) {
        if (!fixable(marker) || !(marker.getResource() instanceof IFile file)) {
            return List.of();
        }
        Diagnostic diagnostic = diagnostic(marker, file);
        return diagnostic == null ? List.of() : LanguageSession.get().codeActions(file, diagnostic);
    }

    /**
     * The marker as the diagnostic the server published: its rule as code, its range in the text
     * as it is now (an open editor tracks the marker's position while the text changes).
     */
    static Diagnostic diagnostic(IMarker marker, IFile file) {
        String uri = LspUris.of(file);
        if (uri == null) {
            return null;
        }
        IDocument document = LanguageSession.get().document(uri);
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, start);
        if (document != null) {
            Position tracked = trackedPosition(marker, file);
            if (tracked != null) {
                start = tracked.getOffset();
                end = tracked.getOffset() + tracked.getLength();
            }
        } else {
            try {
                document = new Document(read(file));
            } catch (CoreException | IOException e) {
                return null;
            }
        }
        if (start < 0) {
            return null;
        }
        Range range = new Range(DocumentPositions.position(document, start), DocumentPositions.position(document, end));
        Diagnostic diagnostic = new Diagnostic(range, marker.getAttribute(IMarker.MESSAGE, ""));
        diagnostic.setCode(marker.getAttribute(DiagnosticMarkers.RULE, ""));
        diagnostic.setSeverity(switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR)) {
            case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
            case IMarker.SEVERITY_INFO -> DiagnosticSeverity.Information;
            default -> DiagnosticSeverity.Error;
        });
        return diagnostic;
    }

    /** Where the marker is in the open document (the annotation model moves it with every edit), or null. */
    private static Position trackedPosition(IMarker marker, IFile file) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        IAnnotationModel model = buffer == null ? null : buffer.getAnnotationModel();
        if (model instanceof AbstractMarkerAnnotationModel markers) {
            Position position = markers.getMarkerPosition(marker);
            if (position != null && !position.isDeleted()) {
                return position;
            }
        }
        return null;
    }

    /**
     * Applies the edits of {@code edit}: to the document of an open editor (as one undoable
     * change), else to the file itself. Returns whether every file was changed.
     */
    public static boolean apply(WorkspaceEdit edit) {
        Map<String, List<TextEdit>> byUri = new LinkedHashMap<>();
        if (edit.getChanges() != null) {
            edit.getChanges().forEach((uri, edits) -> byUri.computeIfAbsent(uri, u -> new ArrayList<>()).addAll(edits));
        }
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft()) {
                    TextDocumentEdit documentEdit = change.getLeft();
                    List<TextEdit> edits = byUri.computeIfAbsent(documentEdit.getTextDocument().getUri(), u -> new ArrayList<>());
                    documentEdit.getEdits().stream().filter(e -> e.isLeft()).forEach(e -> edits.add(e.getLeft()));
                }
            }
        }
        boolean applied = true;
        for (Map.Entry<String, List<TextEdit>> entry : byUri.entrySet()) {
            applied &= apply(entry.getKey(), entry.getValue());
        }
        return applied;
    }

    private static boolean apply(String uri, List<TextEdit> edits) {
        IDocument open = LanguageSession.get().document(uri);
        if (open != null) {
            boolean[] done = {false};
            Runnable change = () -> done[0] = applyTo(open, edits, rewriteTarget(uri));
            if (Display.getCurrent() != null) {
                change.run();
            } else {
                Display.getDefault().syncExec(change);
            }
            return done[0];
        }
        IFile file = LspUris.file(uri);
        if (file == null || !file.exists()) {
            WorkbenchPlugin.log("Cannot apply a quick fix to " + uri + ": not in the workspace", null);
            return false;
        }
        try {
            Charset charset = Charset.forName(file.getCharset());
            IDocument document = new Document(read(file));
            if (!applyTo(document, edits, null)) {
                return false;
            }
            file.setContents(new ByteArrayInputStream(document.get().getBytes(charset)), IResource.KEEP_HISTORY, null);
            return true;
        } catch (CoreException | IOException e) {
            WorkbenchPlugin.log("Cannot apply a quick fix to " + file.getFullPath(), e);
            return false;
        }
    }

    /** The edits, from the end of the text so that the ranges of the earlier ones stay valid. */
    private static boolean applyTo(IDocument document, List<TextEdit> edits, IRewriteTarget target) {
        List<int[]> regions = new ArrayList<>();
        for (TextEdit edit : edits) {
            int[] region = DocumentPositions.region(document, edit.getRange());
            regions.add(new int[] {region[0], region[1], regions.size()});
        }
        regions.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[2]).reversed());
        if (target != null) {
            target.beginCompoundChange();
        }
        try {
            for (int[] region : regions) {
                document.replace(region[0], region[1], edits.get(region[2]).getNewText());
            }
            return true;
        } catch (BadLocationException e) {
            WorkbenchPlugin.log("Cannot apply a quick fix", e);
            return false;
        } finally {
            if (target != null) {
                target.endCompoundChange();
            }
        }
    }

    /** The open editor of {@code uri}, for one undoable change. */
    private static IRewriteTarget rewriteTarget(String uri) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (reference.getEditor(false) instanceof NormativeEditor editor && editor.getFile() != null
                            && uri.equals(LspUris.of(editor.getFile()))) {
                        return editor.getAdapter(IRewriteTarget.class);
                    }
                }
            }
        }
        return null;
    }

    private static String read(IFile file) throws CoreException, IOException {
        try (InputStream in = file.getContents(true)) {
            String charset = file.getCharset();
            return new String(in.readAllBytes(), charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
        }
    }
}
