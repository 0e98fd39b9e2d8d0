package org.normative.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normative.workbench.tests.UiTestSupport.offsetOf;
import static org.normative.workbench.tests.UiTestSupport.open;
import static org.normative.workbench.tests.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.editor.SemanticHighlighting;

/**
 * Semantic colouring in the {@code .norm} editor, as drawn in its text widget, on a copy of the
 * seed example: declarations bold, references italic in the reference colour, deprecated points
 * struck through where declared and where referred to, following the edits of the unsaved text.
 */
class SemanticHighlightingTest {

    private static final String DEPRECATION = "            status deprecated\n            replaced-by value-stream\n";
    private static final String REFERENCE = "\n            related AIPM.foundations.acumen";

    @TempDir
    Path temp;

    IProject project;

    @BeforeEach
    void openTheExample() throws Exception {
        project = UiTestSupport.exampleProject(temp, "semantic-example");
    }

    @AfterEach
    void closeAndRemove() throws Exception {
        UiTestSupport.closeAllAndDelete(project);
    }

    @Test
    void declarationsAreBoldAndReferencesInTheReferenceStyle() throws Exception {
        NormativeEditor editor = open(project.getFile("01-aipm.norm"));
        IDocument document = editor.getDocument();
        int declaration = offsetOf(document, "point core-product", 0) + "point ".length();
        int reference = offsetOf(document, "requires core-product", 0) + "requires ".length();
        int role = offsetOf(document, "role AIPM", 0) + "role ".length();

        awaitStyle(editor, "the declaration of core-product in bold", declaration, SemanticHighlightingTest::declaration);
        awaitStyle(editor, "the reference to core-product in the reference style", reference, SemanticHighlightingTest::reference);
        awaitStyle(editor, "the declaration of the role AIPM in bold", role, SemanticHighlightingTest::declaration);

        StyleRange point = style(editor, declaration);
        assertEquals(0, point.fontStyle & SWT.ITALIC, "a declaration is not italic");
        assertNotNull(point.foreground, "the syntax colouring's id colour stays");
        assertNotEquals(SemanticHighlighting.REFERENCE, point.foreground.getRGB(), "a declaration keeps the id colour");
        assertFalse(point.strikeout, "core-product is not deprecated");
        // the whole id, and only the id
        assertEquals(point.fontStyle, style(editor, declaration + "core-product".length() - 1).fontStyle);
        assertEquals(0, style(editor, declaration - 2).fontStyle & SWT.ITALIC, "'point' is a keyword");
        StyleRange required = style(editor, reference + "core-product".length() - 1);
        assertEquals(0, required.fontStyle & SWT.BOLD, "a reference is not bold");
        assertFalse(required.strikeout);
    }

    @Test
    void aDeprecatedPointIsStruckThroughWhereDeclaredAndWhereReferredTo() throws Exception {
        NormativeEditor editor = open(project.getFile("01-aipm.norm"));
        IDocument document = editor.getDocument();
        int core = offsetOf(document, "point core-product", 0) + "point ".length();
        awaitStyle(editor, "the first semantic colouring", core, SemanticHighlightingTest::declaration);
        int acumen = offsetOf(document, "point acumen", 0) + "point ".length();
        assertFalse(style(editor, acumen).strikeout, "acumen is active in the seed example");

        // deprecate acumen and refer to it from value-stream, in the unsaved text
        int requires = offsetOf(document, "requires core-product", 0) + "requires core-product".length();
        document.replace(requires, 0, REFERENCE);
        int body = document.getLineOffset(document.getLineOfOffset(acumen) + 1);
        document.replace(body, 0, DEPRECATION);
        int deprecated = offsetOf(document, "point acumen", 0) + "point ".length();
        int qualified = offsetOf(document, "related AIPM.foundations.acumen", 0) + "related ".length();
        int referred = qualified + "AIPM.foundations.".length();

        awaitStyle(editor, "the deprecated declaration bold and struck through", deprecated,
                style -> declaration(style) && style.strikeout);
        awaitStyle(editor, "the reference to the deprecated point struck through", referred,
                style -> reference(style) && style.strikeout);
        // the other segments of the qualified reference name the role and the dimension: references, not deprecated
        StyleRange roleSegment = style(editor, qualified);
        assertTrue(reference(roleSegment), () -> "AIPM in the reference: " + roleSegment);
        assertFalse(roleSegment.strikeout, "the role is not deprecated");
        assertFalse(style(editor, core).strikeout, "core-product is still active");

        // back to the saved text: nothing is deprecated any more
        editor.doRevertToSaved();
        int restored = offsetOf(document, "point acumen", 0) + "point ".length();
        awaitStyle(editor, "acumen no longer struck through", restored, style -> declaration(style) && !style.strikeout);
    }

    private static boolean declaration(StyleRange style) {
        return (style.fontStyle & SWT.BOLD) != 0;
    }

    private static boolean reference(StyleRange style) {
        return (style.fontStyle & SWT.ITALIC) != 0 && style.foreground != null
                && style.foreground.getRGB().equals(SemanticHighlighting.REFERENCE);
    }

    private static void awaitStyle(NormativeEditor editor, String what, int offset, Predicate<StyleRange> condition) {
        waitUntil(() -> what + "; the style at " + offset + " ('" + word(editor, offset) + "') is " + style(editor, offset),
                () -> condition.test(style(editor, offset)), UiTestSupport.TIMEOUT_MS);
    }

    /** The style drawn at a document offset (a default style where there is none). */
    private static StyleRange style(NormativeEditor editor, int offset) {
        ISourceViewer viewer = editor.viewer();
        StyledText text = viewer.getTextWidget();
        int widgetOffset = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset);
        StyleRange style = widgetOffset < 0 ? null : text.getStyleRangeAtOffset(widgetOffset);
        return style == null ? new StyleRange() : style;
    }

    private static String word(NormativeEditor editor, int offset) {
        String all = editor.getDocument().get();
        int end = offset;
        while (end < all.length() && (Character.isLetterOrDigit(all.charAt(end)) || all.charAt(end) == '-')) {
            end++;
        }
        return all.substring(offset, end);
    }
}
