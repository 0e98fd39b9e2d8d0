package org.normative.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normative.workbench.tests.UiTestSupport.hasMarker;
import static org.normative.workbench.tests.UiTestSupport.markers;
import static org.normative.workbench.tests.UiTestSupport.offsetOf;
import static org.normative.workbench.tests.UiTestSupport.open;
import static org.normative.workbench.tests.UiTestSupport.waitUntil;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.language.LanguageSession;
import org.normative.workbench.markers.DiagnosticMarkers;

/**
 * Quick fixes in the running workbench, on a copy of the seed example: the Problems view's
 * marker resolution of a {@code tier-coverage} marker (edits in the open editor's document, or
 * in the file when it is not open), and Quick Fix (Ctrl+1) in the editor on a {@code unique-id}
 * marker. Each time the marker goes once the fix is applied (and the inserted placeholder
 * criterion is a {@code placeholder} warning).
 */
class QuickFixTest {

    private static final String REMOVED = "            criterion 3 \"Sets the vision, strategy and multi-release roadmap for an AI product"
            + " line and reviews other PMs' PRDs against it.\"\n";
    private static final String PLACEHOLDER = "            criterion 3 \"TODO: what someone at tier 3 (Expert) observably does in"
            + " Core Product Capabilities.\"\n";

    @TempDir
    Path temp;

    IProject project;

    @BeforeEach
    void openTheExample() throws Exception {
        project = UiTestSupport.exampleProject(temp, "quick-fix-example");
    }

    @AfterEach
    void closeAndRemove() throws Exception {
        UiTestSupport.closeAllAndDelete(project);
    }

    @Test
    void theMarkerResolutionOfAMissingTierAddsAPlaceholderCriterionInTheOpenEditor() throws Exception {
        NormativeEditor editor = open(project.getFile("01-aipm.norm"));
        waitUntil("the outline", () -> !editor.getSymbols().isEmpty());
        IDocument document = editor.getDocument();
        IFile file = editor.getFile();
        String original = document.get();
        assertTrue(original.contains(REMOVED), "the example has the criterion that the test removes");
        int removedAt = original.indexOf(REMOVED);
        document.replace(removedAt, REMOVED.length(), "");

        IMarker marker = awaitMarker(file, "tier-coverage");
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "the Problems view offers Quick Fix");
        IMarkerResolution[] resolutions = awaitResolutions(file, "tier-coverage");
        assertEquals(List.of("Add the missing tier-3 criterion as a placeholder"), labels(resolutions));

        resolutions[0].run(marker);

        assertEquals(original.replace(REMOVED, PLACEHOLDER), document.get(), "the placeholder where the tier-3 criterion was");
        waitUntil(() -> "the tier-coverage marker to go and a placeholder warning to come; markers: " + UiTestSupport.rules(file),
                () -> !hasMarker(file, "tier-coverage") && hasMarker(file, "placeholder"), UiTestSupport.TIMEOUT_MS);
        assertTrue(editor.isDirty(), "the fix is in the editor, not saved");
        assertEquals(original, Files.readString(file.getLocation().toPath()), "the file on disk is untouched");
    }

    @Test
    void theMarkerResolutionOfAFileThatIsNotOpenChangesTheFile() throws Exception {
        LanguageSession.get();
        IFile file = project.getFile("01-aipm.norm");
        String original = Files.readString(file.getLocation().toPath());
        file.setContents(new ByteArrayInputStream(original.replace(REMOVED, "").getBytes(StandardCharsets.UTF_8)),
                IResource.FORCE, null);

        IMarker marker = awaitMarker(file, "tier-coverage");
        IMarkerResolution[] resolutions = awaitResolutions(file, "tier-coverage");
        assertEquals(List.of("Add the missing tier-3 criterion as a placeholder"), labels(resolutions));
        // the markers of a file are replaced at each publication of its diagnostics: a resolution still
        // applies when the marker it was listed for has been replaced by an equal one
        resolutions[0].run(marker);

        assertEquals(original.replace(REMOVED, PLACEHOLDER), contents(file));
        waitUntil(() -> "the tier-coverage marker to go and a placeholder warning to come; markers: " + UiTestSupport.rules(file),
                () -> !hasMarker(file, "tier-coverage") && hasMarker(file, "placeholder"), UiTestSupport.TIMEOUT_MS);
    }

    @Test
    void quickFixInTheEditorRenamesTheSecondDeclarationOfAnId() throws Exception {
        NormativeEditor editor = open(project.getFile("01-aipm.norm"));
        waitUntil("the outline", () -> !editor.getSymbols().isEmpty());
        IDocument document = editor.getDocument();
        IFile file = editor.getFile();
        int acumen = offsetOf(document, "point acumen \"Professional Acumen\"", 0) + "point ".length();
        document.replace(acumen, "acumen".length(), "core-product");
        waitUntil(() -> "two unique-id markers; markers: " + UiTestSupport.rules(file),
                () -> UiTestSupport.rules(file).stream().filter("unique-id"::equals).count() == 2, UiTestSupport.TIMEOUT_MS);

        // Ctrl+1 (the editor's Quick Assist action) asks the viewer's quick assist processor for the markers at the cursor
        ISourceViewer viewer = editor.viewer();
        assertNotNull(editor.getAction(ITextEditorActionConstants.QUICK_ASSIST), "the editor's Quick Fix action");
        assertTrue(((ITextOperationTarget) viewer).canDoOperation(ISourceViewer.QUICK_ASSIST), "the viewer has a quick assistant");
        IQuickAssistAssistant assistant = ((ISourceViewerExtension3) viewer).getQuickAssistAssistant();
        int second = offsetOf(document, "point core-product", 1) + "point ".length() + 2;
        // (the editor's annotations follow the new markers a moment later)
        waitUntil("a quick fix at the second declaration", () -> labels(assistant.getQuickAssistProcessor()
                .computeQuickAssistProposals(new TextInvocationContext(viewer, second, 0))).stream().anyMatch(l -> l.startsWith("Rename")));
        ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
                .computeQuickAssistProposals(new TextInvocationContext(viewer, second, 0));
        assertEquals(List.of("Rename to 'core-product-2'"), labels(proposals));
        int first = offsetOf(document, "point core-product", 0) + "point ".length() + 2;
        assertFalse(labels(assistant.getQuickAssistProcessor().computeQuickAssistProposals(new TextInvocationContext(viewer, first, 0)))
                .stream().anyMatch(label -> label.startsWith("Rename")), "the first declaration keeps its id");

        proposals[0].apply(document);

        assertTrue(document.get().contains("point core-product-2 \"Professional Acumen\" {"), document.get());
        waitUntil(() -> "the unique-id markers to go; markers: " + UiTestSupport.rules(file),
                () -> !hasMarker(file, "unique-id"), UiTestSupport.TIMEOUT_MS);
        assertFalse(hasMarker(file, "tier-coverage"));
    }

    private static IMarker awaitMarker(IFile file, String rule) {
        waitUntil(() -> "a " + rule + " marker; markers: " + UiTestSupport.rules(file), () -> hasMarker(file, rule),
                UiTestSupport.TIMEOUT_MS);
        return markers(file).stream().filter(m -> rule.equals(m.getAttribute(DiagnosticMarkers.RULE, ""))).findFirst().orElseThrow();
    }

    /** The resolutions of the (current) marker of {@code rule}, once the server offers some. */
    private static IMarkerResolution[] awaitResolutions(IFile file, String rule) {
        IMarkerResolution[][] resolutions = {new IMarkerResolution[0]};
        waitUntil(() -> "quick fixes for the " + rule + " marker; markers: " + UiTestSupport.rules(file), () -> {
            IMarker marker = markers(file).stream().filter(m -> rule.equals(m.getAttribute(DiagnosticMarkers.RULE, "")))
                    .findFirst().orElse(null);
            resolutions[0] = marker == null ? new IMarkerResolution[0] : IDE.getMarkerHelpRegistry().getResolutions(marker);
            return resolutions[0].length > 0;
        }, UiTestSupport.TIMEOUT_MS);
        return resolutions[0];
    }

    private static List<String> labels(IMarkerResolution[] resolutions) {
        return Stream.of(resolutions).map(IMarkerResolution::getLabel).toList();
    }

    private static List<String> labels(ICompletionProposal[] proposals) {
        return proposals == null ? List.of() : Stream.of(proposals).map(ICompletionProposal::getDisplayString).toList();
    }

    private static String contents(IFile file) throws Exception {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
