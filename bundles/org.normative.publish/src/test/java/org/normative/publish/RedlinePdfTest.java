package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.normative.publish.view.EditionView;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF redline edition of curated version pairs, opened with PDFBox: the deleted words printed
 * in the deleted colour and struck through, the inserted ones in the inserted colour and
 * underlined, removed points printed but not in the outline or the table of contents, the clean
 * edition without marks; PDF/A-2u and PDF/UA-1 with veraPDF; the same bytes twice.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RedlinePdfTest {

    /** The colours of the marks (edition-base.css). */
    static final int INSERTED = 0x00602b;
    static final int DELETED = 0xa4161a;

    private static byte[] reworded;
    private static byte[] moved;

    @BeforeAll
    static void publish() throws IOException {
        reworded = PdfEditionTest.pdf(TestStandards.redline("reword-criterion-at-one-tier", null), new ArrayList<>());
        moved = PdfEditionTest.pdf(TestStandards.redline("move-point-to-another-role-and-reword", null), new ArrayList<>());
        // kept for a look: target/test-editions/
        Path folder = Path.of("target", "test-editions");
        Files.createDirectories(folder);
        Files.write(folder.resolve("redline.pdf"), reworded);
        Files.write(folder.resolve("redline-moved.pdf"), moved);
    }

    @Test
    void the_deleted_words_are_in_the_deleted_colour_and_the_inserted_words_in_the_inserted_colour() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(reworded)) {
            Map<Integer, String> byColour = textByColour(pdf);
            String deleted = byColour.getOrDefault(DELETED, "");
            String inserted = byColour.getOrDefault(INSERTED, "");
            // the legend's key ("Inserted", "Deleted"), then the criterion's words
            assertEquals("Deleted a flowchart", PdfEditionTest.flat(deleted).strip());
            assertTrue(inserted.contains("user flows"), inserted);
            assertTrue(inserted.contains("clickable"), inserted);
            String text = PdfEditionTest.flat(PdfEditionTest.text(pdf));
            assertTrue(text.contains("Redline edition: the changes since version 1.0.0 are marked"), text);
            assertTrue(text.contains("Redline since 1.0.0"), "the running header");
        }
    }

    @Test
    void the_marks_have_lines_in_their_colours_so_that_they_survive_black_and_white_printing() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(reworded)) {
            Map<Integer, Integer> lines = thinFills(pdf);
            assertTrue(lines.getOrDefault(DELETED, 0) >= 2, "strike-through lines: " + lines);
            assertTrue(lines.getOrDefault(INSERTED, 0) >= 2, "underlines: " + lines);
        }
        byte[] clean = PdfEditionTest.pdf(TestStandards.view(TestStandards.pair("reword-criterion-at-one-tier", "after"), null),
                new ArrayList<>());
        try (PDDocument pdf = Loader.loadPDF(clean)) {
            Map<Integer, String> byColour = textByColour(pdf);
            assertFalse(byColour.containsKey(DELETED) || byColour.containsKey(INSERTED), byColour.toString());
            assertFalse(thinFills(pdf).containsKey(DELETED) || thinFills(pdf).containsKey(INSERTED));
            assertFalse(PdfEditionTest.text(pdf).contains("Redline"));
            assertTrue(PdfEditionTest.flat(PdfEditionTest.text(pdf)).contains("Writes a PRD with user flows and a clickable prototype"));
        }
    }

    @Test
    void a_moved_point_is_printed_deleted_at_its_old_place_but_is_in_the_outline_and_the_contents_once() throws IOException {
        EditionView view = TestStandards.redline("move-point-to-another-role-and-reword", null);
        try (PDDocument pdf = Loader.loadPDF(moved)) {
            String deleted = textByColour(pdf).getOrDefault(DELETED, "");
            assertTrue(deleted.contains("Professional Acumen"), deleted);
            List<String> outline = new ArrayList<>();
            titles(pdf.getDocumentCatalog().getDocumentOutline(), outline);
            long acumen = outline.stream().filter(title -> title.contains("Professional Acumen")).count();
            assertEquals(1, acumen, outline.toString());
            assertTrue(outline.contains(view.points().stream().filter(p -> p.id().equals("ENG.practice.acumen")).findFirst()
                    .orElseThrow().label()), outline.toString());
            PDFTextStripper contents = new PDFTextStripper();
            contents.setStartPage(2);
            contents.setEndPage(2);
            String toc = contents.getText(pdf);
            assertEquals(1, toc.split("Professional Acumen", -1).length - 1, toc);
        }
    }

    @Test
    void the_redline_is_pdf_a_2u_and_pdf_ua_1() throws Exception {
        for (byte[] pdf : List.of(reworded, moved)) {
            PdfEditionTest.assertCompliant(pdf, PDFAFlavour.PDFA_2_U);
            PdfEditionTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
        }
    }

    @Test
    void removed_and_moved_dimensions_roles_and_terms_and_a_chinese_redline_are_pdf_a_2u_and_pdf_ua_1() throws Exception {
        for (String pair : List.of("move-dimension-between-roles", "add-role", "profiles-terms-releases-front-matter")) {
            byte[] pdf = PdfEditionTest.pdf(TestStandards.redline(pair, null), new ArrayList<>());
            PdfEditionTest.assertCompliant(pdf, PDFAFlavour.PDFA_2_U);
            PdfEditionTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
        }
        byte[] chinese = PdfEditionTest.pdf(TestStandards.redline("reword-criterion-at-one-tier", "zh"), new ArrayList<>());
        PdfEditionTest.assertCompliant(chinese, PDFAFlavour.PDFA_2_U);
        PdfEditionTest.assertCompliant(chinese, PDFAFlavour.PDFUA_1);
        try (PDDocument pdf = Loader.loadPDF(chinese)) {
            String text = PdfEditionTest.flat(PdfEditionTest.text(pdf));
            assertTrue(text.contains("修订版：标出自 1.0.0 版以来的修改"), text);
            assertTrue(textByColour(pdf).getOrDefault(DELETED, "").contains("flowchart"));
        }
    }

    @Test
    void a_criterion_moved_to_another_tier_says_so_at_both_places_and_stays_pdf_ua(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path pair = TestStandards.retieredCriterion(temp);
        byte[] bytes = PdfEditionTest.pdf(TestStandards.view(pair.resolve("after"), null)
                .withRedlineFrom(TestStandards.view(pair.resolve("before"), null)), new ArrayList<>());
        Files.write(Path.of("target", "test-editions", "redline-retiered.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = PdfEditionTest.flat(PdfEditionTest.text(pdf));
            assertTrue(text.contains("Moved to tier 2"), text);
            assertTrue(text.contains("Moved from tier 1"), text);
            Map<Integer, String> byColour = textByColour(pdf);
            assertTrue(byColour.getOrDefault(DELETED, "").contains("Ranks a short backlog"), byColour.toString());
            assertTrue(byColour.getOrDefault(INSERTED, "").contains("Ranks a short backlog"), byColour.toString());
        }
        PdfEditionTest.assertCompliant(bytes, PDFAFlavour.PDFA_2_U);
        PdfEditionTest.assertCompliant(bytes, PDFAFlavour.PDFUA_1);
    }

    @Test
    void two_runs_give_the_same_bytes() {
        assertArrayEquals(moved, PdfEditionTest.pdf(TestStandards.redline("move-point-to-another-role-and-reword", null), new ArrayList<>()));
    }

    // ---------------------------------------------------------------- reading the PDF

    private static void titles(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            titles(item, titles);
        }
    }

    /** The text of the document by fill colour (RGB), the runs of one colour separated by a space. */
    static Map<Integer, String> textByColour(PDDocument pdf) throws IOException {
        Map<Integer, StringBuilder> texts = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private Integer last;

            {
                // the text stripper does not follow colours by itself
                addOperator(new SetNonStrokingColorSpace(this));
                addOperator(new SetNonStrokingColor(this));
                addOperator(new SetNonStrokingColorN(this));
                addOperator(new SetNonStrokingDeviceRGBColor(this));
                addOperator(new SetNonStrokingDeviceGrayColor(this));
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                try {
                    int rgb = getGraphicsState().getNonStrokingColor().toRGB();
                    StringBuilder out = texts.computeIfAbsent(rgb, c -> new StringBuilder());
                    if (last == null || last != rgb) {
                        if (!out.isEmpty()) {
                            out.append(' ');
                        }
                    }
                    last = rgb;
                    out.append(text.getUnicode());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                super.processTextPosition(text);
            }
        };
        stripper.getText(pdf);
        Map<Integer, String> result = new HashMap<>();
        texts.forEach((colour, text) -> result.put(colour, text.toString()));
        return result;
    }

    /** The number of thin filled rectangles (lines under or through text: at most 1.5 pt high) by fill colour. */
    static Map<Integer, Integer> thinFills(PDDocument pdf) throws IOException {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            new PDFGraphicsStreamEngine(page) {
                private final List<Rectangle2D> rectangles = new ArrayList<>();

                @Override
                public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
                    r.add(p1);
                    r.add(p2);
                    r.add(p3);
                    rectangles.add(r);
                }

                @Override
                public void fillPath(int windingRule) throws IOException {
                    int rgb = getGraphicsState().getNonStrokingColor().toRGB();
                    for (Rectangle2D r : rectangles) {
                        if (r.getHeight() <= 1.5 && r.getWidth() > 2) {
                            counts.merge(rgb, 1, Integer::sum);
                        }
                    }
                    rectangles.clear();
                    path = null;
                }

                @Override
                public void strokePath() {
                    rectangles.clear();
                    path = null;
                }

                @Override
                public void fillAndStrokePath(int windingRule) throws IOException {
                    fillPath(windingRule);
                }

                @Override
                public void endPath() {
                    rectangles.clear();
                    path = null;
                }

                @Override
                public void drawImage(PDImage pdImage) {
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void closePath() {
                }

                private Rectangle2D path;

                @Override
                public void moveTo(float x, float y) {
                    if (path == null) {
                        path = new Rectangle2D.Double(x, y, 0, 0);
                        rectangles.add(path);
                    } else {
                        path.add(x, y);
                    }
                }

                @Override
                public void lineTo(float x, float y) {
                    moveTo(x, y);
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                }

                @Override
                public Point2D getCurrentPoint() {
                    return new Point2D.Float();
                }

                @Override
                public void shadingFill(COSName shadingName) {
                }

                void run() throws IOException {
                    processPage(getPage());
                }
            }.run();
        }
        return counts;
    }
}
