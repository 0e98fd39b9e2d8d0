package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.publish.html.Charts;
import org.normative.publish.pdf.PdfPublisher;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.RoleView;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDF edition, opened with PDFBox and checked with veraPDF. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PdfEditionTest {

    private static EditionView example;
    private static byte[] examplePdf;

    @TempDir
    Path temp;

    @BeforeAll
    static void publishTheExample() throws IOException {
        example = TestStandards.view(TestStandards.example(), null);
        examplePdf = pdf(example, new ArrayList<>());
        // kept for a look: target/test-editions/
        Path folder = Path.of("target", "test-editions");
        Files.createDirectories(folder);
        Files.write(folder.resolve("example.pdf"), examplePdf);
    }

    static byte[] pdf(EditionView view, List<String> refused) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfPublisher(Charts.radar(PdfPublisher.CHART_FONT), refused::add).publish(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text in reading order of the lines on the page (the running header and footer, the table of contents' columns). */
    static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    /** Whitespace (line breaks inside long titles) made single spaces. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void every_point_of_the_example_is_printed_with_its_number_title_and_criteria() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(examplePdf)) {
            String text = flat(text(pdf));
            // criteria wrap, also at hyphens ("speech-to-" / "text"): compared without whitespace
            String compact = text.replace(" ", "");
            assertEquals(69, example.points().size());
            for (PointView point : example.points()) {
                assertTrue(text.contains(point.label()), point.label());
                for (var criterion : point.criteria()) {
                    assertTrue(compact.contains(example.text(criterion.statement()).replaceAll("\\s", "")), criterion.statement().text());
                }
            }
            assertTrue(text.contains("Intelligent Coding Tool Proficiency"), "no ligatures in the text");
            assertTrue(text.contains("AI Professional Competency Model"));
            assertTrue(text.contains("Version 1.0.0"), text.substring(0, 600));
            assertTrue(text.contains("Page 3 of " + pdf.getNumberOfPages()), "the running footer");
            assertTrue(pdf.getNumberOfPages() > 20, "pages: " + pdf.getNumberOfPages());
        }
    }

    @Test
    void the_table_of_contents_gives_the_page_of_every_point() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(examplePdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(flat(stripper.getText(pdf)));
            }
            String contents = stripped(pdf, 2, 4);
            for (PointView point : example.points()) {
                // "1.1.1 Core Product Capabilities ........ 7": the leader, then the page the point starts on
                String line = contents.lines().map(PdfEditionTest::flat).filter(l -> l.startsWith(point.label() + " ")).findFirst()
                        .orElseThrow(() -> new AssertionError(point.label() + " not in the contents:\n" + contents));
                int page = Integer.parseInt(line.replaceAll(".*\\D(\\d+)$", "$1"));
                assertTrue(pages.get(page - 1).contains(point.label() + " Scope"), line + ": the point is not on that page");
            }
        }
    }

    /** The text of pages {@code from} to {@code to}, lines in reading order. */
    private static String stripped(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }

    @Test
    void the_outline_has_every_part_role_dimension_and_point() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(examplePdf)) {
            PDOutlineNode outline = pdf.getDocumentCatalog().getDocumentOutline();
            List<String> top = titles(outline);
            List<String> expected = new ArrayList<>();
            expected.add("Contents");
            example.sections().forEach(section -> expected.add(example.text(section.title())));
            expected.add("Principles");
            expected.add("Tiers");
            example.roles().forEach(role -> expected.add(role.label()));
            if (!example.profiles().isEmpty()) {
                expected.add("Profiles");
            }
            expected.add("Glossary");
            expected.add("Release history");
            assertEquals(expected, top);
            int points = 0;
            for (PDOutlineItem roleItem : outline.children()) {
                RoleView role = example.roles().stream().filter(r -> r.label().equals(roleItem.getTitle())).findFirst().orElse(null);
                if (role == null) {
                    continue;
                }
                assertEquals(role.dimensions().stream().map(DimensionView::label).toList(), titles(roleItem));
                int d = 0;
                for (PDOutlineItem dimensionItem : roleItem.children()) {
                    List<String> pointTitles = titles(dimensionItem);
                    assertEquals(role.dimensions().get(d++).points().stream().map(PointView::label).toList(), pointTitles);
                    points += pointTitles.size();
                    for (PDOutlineItem pointItem : dimensionItem.children()) {
                        assertTrue(pointItem.findDestinationPage(pdf) != null, pointItem.getTitle());
                    }
                }
            }
            assertEquals(69, points);
        }
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(item -> titles.add(item.getTitle()));
        return titles;
    }

    @Test
    void every_font_is_embedded_and_the_chinese_title_is_extracted_as_written() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(examplePdf)) {
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(font -> font.endsWith("embedded")), fonts::toString);
            assertTrue(fonts.stream().allMatch(font -> font.contains("NotoSansSC") || font.contains("SourceSansPro")), fonts::toString);
            String text = text(pdf);
            assertTrue(text.contains("AI专业能力模型"), "the Chinese title on the cover");
            assertTrue(text.contains("AI产品经理"), "the Chinese title of a role");
            assertFalse(text.chars().anyMatch(c -> c >= 0x2E80 && c <= 0x2FDF), "CJK radicals instead of ideographs");
        }
    }

    private static void collectFonts(PDResources resources, Set<String> fonts, int depth) throws IOException {
        if (resources == null || depth > 10) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    @Test
    void the_radar_charts_are_vector_figures_with_their_description() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(examplePdf)) {
            List<String> figures = new ArrayList<>();
            collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            assertEquals(example.roles().size(), figures.size(), figures::toString);
            for (int i = 0; i < figures.size(); i++) {
                assertTrue(figures.get(i).startsWith("Competency radar of " + example.text(example.roles().get(i).title())), figures.get(i));
            }
            // vector graphics: not one raster image in the document
            for (PDPage page : pdf.getPages()) {
                assertEquals(0, countImages(page.getResources(), 0), "a raster image");
            }
        }
    }

    private static void collectFigures(List<Object> kids, List<String> figures) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(element.getAlternateDescription());
                }
                collectFigures(element.getKids(), figures);
            }
        }
    }

    private static int countImages(PDResources resources, int depth) throws IOException {
        int images = 0;
        if (resources == null || depth > 10) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                images++;
            } else if (xobject instanceof PDFormXObject form) {
                images += countImages(form.getResources(), depth + 1);
            }
        }
        return images;
    }

    @Test
    void the_chinese_edition_prints_chinese_without_missing_glyphs() throws IOException {
        EditionView zh = TestStandards.view(TestStandards.example(), "zh");
        byte[] bytes = pdf(zh, new ArrayList<>());
        Files.write(Path.of("target", "test-editions", "example-zh.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = flat(text(pdf));
            assertTrue(text.contains("AI专业能力模型"));
            assertTrue(text.contains("目录"));
            assertTrue(text.contains("1 AI产品经理"));
            assertTrue(text.contains("1.1 产品管理基础素养"));
            assertTrue(text.contains("第 3 页，共 " + pdf.getNumberOfPages() + " 页"), "the running footer in Chinese");
            assertFalse(text.contains("#"), "a missing glyph is printed as #");
            assertEquals("zh", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void the_example_is_pdf_a_2u_and_pdf_ua_1() throws Exception {
        assertCompliant(examplePdf, PDFAFlavour.PDFA_2_U);
        assertCompliant(examplePdf, PDFAFlavour.PDFUA_1);
    }

    static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage() + " @ "
                            + a.getLocation().getContext())
                    .distinct().limit(30).collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), flavour + " failures:\n" + failures);
        }
    }

    @Test
    void two_runs_give_the_same_bytes_and_the_dates_come_from_the_standard() throws IOException {
        byte[] second = pdf(TestStandards.view(TestStandards.example(), null), new ArrayList<>());
        assertArrayEquals(examplePdf, second);
        try (PDDocument pdf = Loader.loadPDF(second)) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertEquals(2026, created.get(Calendar.YEAR));
            assertEquals(Calendar.NOVEMBER, created.get(Calendar.MONTH));
            assertEquals(1, created.get(Calendar.DAY_OF_MONTH));
            assertEquals("AI Professional Competency Model", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void hostile_text_is_printed_literally_and_nothing_is_fetched() throws IOException {
        HostileStandard.writeTo(temp.resolve("hostile"));
        List<String> refused = new ArrayList<>();
        byte[] bytes = pdf(TestStandards.view(temp.resolve("hostile"), null), refused);

        assertEquals(List.of(), refused, "resources the renderer asked for");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = flat(text(pdf));
            assertTrue(text.contains("<script>alert(\"x\")</script> &amp; \"quotes\""), text);
            assertTrue(text.contains("Engineer <script src='file:///x.js'></script>"));
            assertTrue(text.contains("https://example.invalid/?a=1&b=<2>"));
            assertTrue(text.contains("Expert ]]> <!-- -->"));
            assertEquals(HostileStandard.TITLE, pdf.getDocumentInformation().getTitle());
        }
    }
}
