package org.normative.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normative.workbench.tests.UiTestSupport.errors;
import static org.normative.workbench.tests.UiTestSupport.hasMarker;
import static org.normative.workbench.tests.UiTestSupport.markers;
import static org.normative.workbench.tests.UiTestSupport.offsetOf;
import static org.normative.workbench.tests.UiTestSupport.open;
import static org.normative.workbench.tests.UiTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.workbench.commands.FormatHandler;
import org.normative.workbench.editor.Navigation;
import org.normative.workbench.editor.NormativeCompletionProcessor;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.language.LanguageSession;
import org.normative.workbench.markers.DiagnosticMarkers;
import org.normative.workbench.outline.NormativeOutlinePage;

/**
 * The {@code .norm} editor in the running workbench, on a copy of the seed example: live
 * markers with rule ids, content assist, definition across files, outline, folding, format and
 * Chinese text.
 */
class EditorTest {

    @TempDir
    Path temp;

    IProject project;

    @BeforeEach
    void openTheExample() throws Exception {
        project = UiTestSupport.exampleProject(temp, "editor-example");
    }

    @AfterEach
    void closeAndRemove() throws Exception {
        UiTestSupport.closeAllAndDelete(project);
    }

    private NormativeEditor openAndWait(String name) throws Exception {
        NormativeEditor editor = open(project.getFile(name));
        waitUntil("the outline of " + name, () -> !editor.getSymbols().isEmpty());
        return editor;
    }

    @Test
    void theSeedExampleOpensWithoutErrors() throws Exception {
        NormativeEditor editor = openAndWait("standard.norm");
        assertEquals("standard.norm", editor.getFile().getName());
        UiTestSupport.runEventsFor(500);
        assertEquals(0, errors(project), "error markers in the seed example: " + UiTestSupport.rules(project));
    }

    @Test
    void removingATierThreeCriterionMarksTheTierCoverageRuleWithoutSaving() throws Exception {
        NormativeEditor editor = openAndWait("01-aipm.norm");
        IDocument document = editor.getDocument();
        IFile file = editor.getFile();
        assertFalse(hasMarker(file, "tier-coverage"));

        int criterion = offsetOf(document, "criterion 3 \"Sets the vision", 0);
        int line = document.getLineOfOffset(criterion);
        document.replace(document.getLineOffset(line), document.getLineLength(line), "");

        List<String> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.BiConsumer<String, List<org.eclipse.lsp4j.Diagnostic>> listener = (uri, diagnostics) -> published.add(
                uri.substring(uri.lastIndexOf('/') + 1) + diagnostics.stream().map(d -> String.valueOf(d.getCode() == null ? null : d.getCode().get())).toList());
        LanguageSession.get().addDiagnosticsListener(listener);
        try {
            UiTestSupport.waitUntil(() -> "a tier-coverage marker; markers: " + UiTestSupport.rules(file) + ", published: " + published,
                    () -> hasMarker(file, "tier-coverage"), UiTestSupport.TIMEOUT_MS);
        } finally {
            LanguageSession.get().removeDiagnosticsListener(listener);
        }
        assertTrue(editor.isDirty(), "the marker comes from the unsaved text");
        IMarker marker = markers(file).stream().filter(m -> "tier-coverage".equals(m.getAttribute(DiagnosticMarkers.RULE, ""))).findFirst().orElseThrow();
        int pointLine = document.getLineOfOffset(offsetOf(document, "point core-product", 0)) + 1;
        assertEquals(pointLine, marker.getAttribute(IMarker.LINE_NUMBER, -1), "on the point that lacks tier 3");
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.startsWith("[tier-coverage] Point 'core-product' "), message);
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));

        editor.doRevertToSaved();
        waitUntil("the marker to go once the criterion is back", () -> !hasMarker(file, "tier-coverage"));
    }

    @Test
    void contentAssistProposesPointIdsAfterRequires() throws Exception {
        NormativeEditor editor = openAndWait("01-aipm.norm");
        IDocument document = editor.getDocument();
        int reference = offsetOf(document, "requires core-product", 0) + "requires ".length();
        document.replace(reference, "core-product".length(), "");

        List<String> proposals = displayStrings(NormativeCompletionProcessor.proposals(editor.getFile(), document, reference));
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("core-product")), proposals.toString());
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("team-collaboration")), proposals.toString());
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("acumen")), proposals.toString());

        // after a qualifier, the points of that dimension
        document.replace(reference, 0, "ai-literacy.");
        List<String> qualified = displayStrings(NormativeCompletionProcessor.proposals(editor.getFile(), document, reference + "ai-literacy.".length()));
        assertFalse(qualified.isEmpty(), "points of ai-literacy proposed");
        assertTrue(qualified.stream().allMatch(p -> p.startsWith("ai-literacy.")), qualified.toString());
    }

    @Test
    void contentAssistProposesTheTierNumbersOfTheScheme() throws Exception {
        NormativeEditor editor = openAndWait("01-aipm.norm");
        IDocument document = editor.getDocument();
        int criterion = offsetOf(document, "criterion 1 \"Explains how a product vision", 0);
        document.replace(criterion, 0, "criterion \n            ");
        int at = criterion + "criterion ".length();
        List<String> proposals = displayStrings(NormativeCompletionProcessor.proposals(editor.getFile(), document, at));
        assertTrue(proposals.contains("1  \u2013 Foundation"), proposals.toString());
        assertTrue(proposals.contains("2  \u2013 Practitioner"), proposals.toString());
        assertTrue(proposals.contains("3  \u2013 Expert"), proposals.toString());
    }

    @Test
    void keywordsAreProposedWhereTheyFit() throws Exception {
        NormativeEditor editor = openAndWait("01-aipm.norm");
        IDocument document = editor.getDocument();
        int end = offsetOf(document, "requires core-product", 0) + "requires core-product".length();
        document.replace(end, 0, "\n            ");
        List<String> proposals = displayStrings(NormativeCompletionProcessor.proposals(editor.getFile(), document, end + 13));
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("criterion")), proposals.toString());
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("related")), proposals.toString());
        assertFalse(proposals.stream().anyMatch(p -> p.startsWith("standard")), proposals.toString());
    }

    @Test
    void goToDefinitionOpensThePointInAnotherFile() throws Exception {
        NormativeEditor editor = openAndWait("02-aie.norm");
        IDocument document = editor.getDocument();
        int at = offsetOf(document, "requires value-delivery", 0);
        String reference = "related AIPM.foundations.acumen\n            ";
        document.replace(at, 0, reference);
        int offset = at + "related AIPM.foundations.ac".length();

        waitUntil("the reference to resolve", () -> !LanguageSession.get().definition(editor.getFile(), document, offset).isEmpty());
        List<Location> targets = LanguageSession.get().definition(editor.getFile(), document, offset);
        assertTrue(targets.get(0).getUri().endsWith("01-aipm.norm"), targets.toString());

        IEditorPart opened = Navigation.open(targets.get(0));
        NormativeEditor target = (NormativeEditor) opened;
        assertEquals("01-aipm.norm", target.getFile().getName());
        ITextSelection selection = (ITextSelection) target.getSelectionProvider().getSelection();
        assertEquals("acumen", selection.getText());
    }

    @Test
    void theOutlineShowsRolesDimensionsAndPointsFollowsTheCursorAndNavigates() throws Exception {
        NormativeEditor editor = openAndWait("01-aipm.norm");
        UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
        NormativeOutlinePage outline = (NormativeOutlinePage) editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
        waitUntil("the outline page", () -> outline.getControl() != null && !outline.getSymbols().isEmpty());

        DocumentSymbol role = find(outline.getSymbols(), "AIPM");
        assertNotNull(role, "the role in " + outline.getSymbols());
        assertEquals("AI Product Manager", role.getDetail());
        assertEquals(7, role.getChildren().size(), "seven dimensions");
        DocumentSymbol foundations = role.getChildren().get(0);
        assertEquals("foundations", foundations.getName());
        assertEquals(List.of("core-product", "team-collaboration", "acumen", "value-stream"),
                foundations.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertTrue(outline.viewer().getTree().getItemCount() > 0, "the tree shows it");

        // the cursor in a point selects it in the outline (while the editor has the focus, as when typing)
        UiTestSupport.page().activate(editor);
        IDocument document = editor.getDocument();
        editor.reveal(offsetOf(document, "Decomposes a given product problem", 0), 0);
        waitUntil("the outline to follow the cursor", () -> selectedName(outline).equals("acumen"));

        // selecting a point in the outline selects its id in the editor
        DocumentSymbol valueStream = foundations.getChildren().get(3);
        outline.viewer().setSelection(new StructuredSelection(valueStream), true);
        waitUntil("the editor to show value-stream",
                () -> "value-stream".equals(((ITextSelection) editor.getSelectionProvider().getSelection()).getText()));
    }

    private static DocumentSymbol find(List<DocumentSymbol> symbols, String name) {
        for (DocumentSymbol symbol : symbols) {
            if (symbol.getName().equals(name)) {
                return symbol;
            }
            DocumentSymbol inside = symbol.getChildren() == null ? null : find(symbol.getChildren(), name);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static String selectedName(NormativeOutlinePage outline) {
        Object first = outline.viewer().getStructuredSelection().getFirstElement();
        return first instanceof DocumentSymbol symbol ? symbol.getName() : "";
    }

    @Test
    void blocksFold() throws Exception {
        NormativeEditor editor = openAndWait("01-aipm.norm");
        ProjectionViewer viewer = (ProjectionViewer) editor.viewer();
        // the role, its 7 dimensions and their 28 points
        waitUntil("folding regions", () -> count(viewer.getProjectionAnnotationModel().getAnnotationIterator()) >= 1 + 7 + 28);
    }

    private static int count(Iterator<?> it) {
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @Test
    void formatLaysTheFileOutWithTheLanguagesFormatter() throws Exception {
        NormativeEditor editor = openAndWait("standard.norm");
        IDocument document = editor.getDocument();
        String formatted = document.get();
        String messy = formatted.replace("\n    title ", "\ntitle    ").replace("\n        tier 2", "\n  tier    2");
        assertFalse(messy.equals(formatted));
        document.set(messy);
        FormatHandler.format(editor);
        assertEquals(formatted, document.get());
    }

    @Test
    void theKeyCommandsRunTheirHandlersInTheEditor() throws Exception {
        NormativeEditor editor = openAndWait("01-aipm.norm");
        IDocument document = editor.getDocument();
        org.eclipse.ui.handlers.IHandlerService handlers = editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);

        // Open Declaration (F3) on the reference of "requires core-product"
        editor.reveal(offsetOf(document, "requires core-product", 0) + "requires co".length(), 0);
        handlers.executeCommand("org.normative.workbench.openDeclaration", null);
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("core-product", selection.getText(), "the point's id is selected");
        assertEquals(document.getLineOfOffset(offsetOf(document, "point core-product", 0)), selection.getStartLine());

        // Format (Ctrl+Shift+F)
        String formatted = document.get();
        document.set(formatted.replace("\n        point acumen", "\npoint    acumen"));
        handlers.executeCommand("org.normative.workbench.format", null);
        assertEquals(formatted, document.get());
    }

    @Test
    void chineseTextIsTypedShownAndSavedAsUtf8() throws Exception {
        NormativeEditor editor = openAndWait("standard.norm");
        IDocument document = editor.getDocument();
        int at = offsetOf(document, "AI专业能力模型", 0);
        var widget = editor.viewer().getTextWidget();
        editor.reveal(at, 0);
        widget.insert("人工智能与");
        assertTrue(widget.getText().contains("\"人工智能与AI专业能力模型\""), "shown in the editor");
        editor.doSave(new NullProgressMonitor());
        String saved = Files.readString(editor.getFile().getLocation().toPath(), StandardCharsets.UTF_8);
        assertTrue(saved.contains("title \"AI Professional Competency Model\" @zh \"人工智能与AI专业能力模型\""), "saved as UTF-8");
        UiTestSupport.runEventsFor(500);
        assertEquals(0, errors(editor.getFile()), UiTestSupport.rules(editor.getFile()).toString());
    }

    private static List<String> displayStrings(List<ICompletionProposal> proposals) {
        assertNotNull(proposals);
        return proposals.stream().map(ICompletionProposal::getDisplayString).toList();
    }
}
