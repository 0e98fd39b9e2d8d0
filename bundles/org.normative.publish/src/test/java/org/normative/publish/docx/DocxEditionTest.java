package org.normative.publish.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.diff.ChangeReport;
import org.normative.diff.StandardDiff;
import org.normative.model.Standard;
import org.normative.publish.HostileStandard;
import org.normative.publish.TestStandards;
import org.normative.publish.chart.RadarChart;
import org.normative.publish.view.EditionBuilder;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.RoleView;

/** The Word edition, opened again with POI: structure, text, properties, fields, safety and determinism. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocxEditionTest {

    private static EditionView example;
    private static byte[] exampleDocx;

    @TempDir
    Path temp;

    @BeforeAll
    static void publishExample() {
        example = TestStandards.view(TestStandards.example(), null);
        exampleDocx = docx(example);
    }

    /** The Word edition's bytes. */
    static byte[] docx(EditionView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxPublisher().publish(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** The text of each part of the package, by name, in the zip's order. */
    static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static List<XWPFParagraph> paragraphsInStyle(XWPFDocument document, String styleId) {
        return document.getParagraphs().stream().filter(p -> styleId.equals(p.getStyleID())).toList();
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getText).toList();
    }

    /** The body elements after the paragraph whose text is {@code text} (not counting the table of contents). */
    private static List<IBodyElement> after(XWPFDocument document, String text) {
        List<IBodyElement> elements = document.getBodyElements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFParagraph p && p.getText().equals(text)
                    && (p.getStyleID() == null || !p.getStyleID().startsWith("TOC"))) {
                return elements.subList(i + 1, elements.size());
            }
        }
        throw new AssertionError("no paragraph '" + text + "'");
    }

    private static XWPFTable firstTableAfter(XWPFDocument document, String text) {
        return after(document, text).stream().filter(XWPFTable.class::isInstance).map(XWPFTable.class::cast).findFirst()
                .orElseThrow();
    }

    private static List<List<String>> cells(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(cell -> cell.getText()).toList());
        }
        return rows;
    }

    @Test
    void roles_dimensions_and_points_are_word_headings_1_to_3_numbered_as_the_view_numbers_them() throws IOException {
        try (XWPFDocument document = open(exampleDocx)) {
            assertEquals(List.of("1 AI Product Manager", "2 AI Engineer"),
                    texts(paragraphsInStyle(document, "Heading1")).stream().filter(t -> t.matches("\\d .*")).toList());
            List<String> dimensions = texts(paragraphsInStyle(document, "Heading2")).stream().filter(t -> t.matches("\\d\\.\\d+ .*")).toList();
            assertEquals(14, dimensions.size());
            assertEquals("1.1 Foundational Product Management Literacy", dimensions.get(0));
            assertEquals("2.1 Foundational Software Engineering Literacy", dimensions.get(7));
            List<String> points = texts(paragraphsInStyle(document, "Heading3"));
            assertEquals(69, points.size());
            assertEquals("1.1.1 Core Product Capabilities", points.get(0));
            // the built-in names and outline levels that Word's navigation pane and LibreOffice's navigator read
            for (int level = 1; level <= 3; level++) {
                XWPFStyle style = document.getStyles().getStyle("Heading" + level);
                assertEquals("heading " + level, style.getName());
                assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            }
            // front matter and principles come before the roles
            List<String> firstLevel = texts(paragraphsInStyle(document, "Heading1"));
            assertEquals(List.of("About this model", "How to use the criteria", "Principles", "Tiers", "1 AI Product Manager",
                    "2 AI Engineer", "Profiles", "Glossary", "Release history"), firstLevel);
        }
    }

    @Test
    void every_point_of_the_example_has_its_heading_with_the_views_label() throws IOException {
        try (XWPFDocument document = open(exampleDocx)) {
            List<String> headings = texts(paragraphsInStyle(document, "Heading3"));
            List<String> labels = example.points().stream().map(PointView::label).toList();
            assertEquals(69, labels.size());
            assertEquals(labels, headings);
        }
    }

    @Test
    void the_table_of_contents_is_a_toc_field_that_word_updates_on_opening() throws IOException {
        Map<String, String> parts = parts(exampleDocx);
        String body = parts.get("word/document.xml");
        assertTrue(body.contains("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText>"), body.substring(0, 3000));
        assertTrue(body.contains("w:fldCharType=\"begin\""));
        assertTrue(body.contains("w:fldCharType=\"separate\""));
        assertTrue(parts.get("word/settings.xml").matches("(?s).*<w:updateFields w:val=\"(true|on|1)\"/>.*"), parts.get("word/settings.xml"));
        try (XWPFDocument document = open(exampleDocx)) {
            assertEquals(List.of("Contents"), texts(paragraphsInStyle(document, "TOCHeading")));
            // until Word updates it, the field's result lists the headings, linked to them
            List<String> toc3 = texts(paragraphsInStyle(document, "TOC3"));
            assertEquals(69, toc3.size());
            assertEquals("1.1.1 Core Product Capabilities", toc3.get(0));
            assertEquals("toc 1", document.getStyles().getStyle("TOC1").getName());
        }
    }

    @Test
    void each_point_has_its_scope_and_its_criteria_in_a_table_by_tier() throws IOException {
        try (XWPFDocument document = open(exampleDocx)) {
            List<IBodyElement> afterHeading = after(document, "1.1.1 Core Product Capabilities");
            assertEquals("Scope: Product strategy and vision planning, roadmap development, requirements discovery and user research, "
                    + "PRD/flowchart/prototype design", ((XWPFParagraph) afterHeading.get(0)).getText());
            XWPFTable table = (XWPFTable) afterHeading.get(1);
            assertEquals(List.of(
                    List.of("Tier", "Criteria"),
                    List.of("Foundation", "Explains how a product vision, strategy, roadmap and PRD relate to one another, using an example AI product."),
                    List.of("Practitioner", "Writes a PRD with a process flowchart and a prototype for an AI feature, grounded in user "
                            + "research the candidate carried out."),
                    List.of("Expert", "Sets the vision, strategy and multi-release roadmap for an AI product line and reviews other PMs' "
                            + "PRDs against it.")),
                    cells(table));
            // the head row repeats on every page
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals("Core definition: The professional foundation of an AI Product Manager, serving as the bridge between traditional "
                    + "product capabilities and AI-specific expertise. It emphasizes “universal competencies + enterprise-grade "
                    + "collaboration,” adapting to all AI product development scenarios and AI-empowered product R&D contexts.",
                    ((XWPFParagraph) after(document, "1.1 Foundational Product Management Literacy").get(0)).getText());
            // a relation, with the view's label, after the criteria
            List<IBodyElement> valueStream = after(document, "1.1.4 End-to-End Value Stream Management");
            assertEquals("Requires: 1.1.1 Core Product Capabilities", ((XWPFParagraph) valueStream.get(2)).getText());
        }
    }

    @Test
    void deprecated_points_replacements_relations_and_profiles_are_printed_with_the_views_labels() throws IOException {
        byte[] docx = docx(TestStandards.view(TestStandards.sample(), null));
        try (XWPFDocument document = open(docx)) {
            List<IBodyElement> legacy = after(document, "2.1.2 Task-Oriented Delivery");
            assertEquals("This point is deprecated. Replaced by: 2.1.1 Value Stream Delivery Thinking",
                    ((XWPFParagraph) legacy.get(0)).getText());
            List<IBodyElement> valueStream = after(document, "1.1.2 End-to-End Value Stream Management");
            assertEquals("Requires: 1.1.1 Core Product Capabilities", ((XWPFParagraph) valueStream.get(2)).getText());
            assertEquals("Related: 2.1.1 Value Stream Delivery Thinking", ((XWPFParagraph) valueStream.get(3)).getText());
            assertEquals(List.of(List.of("Competency", "Target tier"), List.of("1.1 Foundational Product Management Literacy", "3 Expert")),
                    cells(firstTableAfter(document, "Senior AI Product Manager")));
            assertEquals(List.of(List.of("Version", "Date", "Summary"), List.of("1.0.0", "2026-03-01", "First published edition."),
                    List.of("1.1.0", "2026-11-01", "Adds value stream management; deprecates task-oriented delivery.")),
                    cells(firstTableAfter(document, "Release history")));
            // cross references link to the bookmark on the target's heading
            String body = parts(docx).get("word/document.xml");
            int related = body.indexOf("Related: ");
            String link = body.substring(related, body.indexOf("</w:hyperlink>", related));
            String anchor = link.replaceAll("(?s).*w:anchor=\"([^\"]+)\".*", "$1");
            assertTrue(body.matches("(?s).*<w:bookmarkStart w:id=\"\\d+\" w:name=\"" + anchor + "\"/><w:r><w:t>2\\.1\\.1 Value Stream.*"),
                    anchor);
        }
    }

    @Test
    void the_glossary_and_the_tier_scheme_are_tables() throws IOException {
        try (XWPFDocument document = open(exampleDocx)) {
            List<List<String>> glossary = cells(firstTableAfter(document, "Glossary"));
            assertEquals(List.of("Term", "Definition"), glossary.get(0));
            assertEquals(List.of("Retrieval-Augmented Generation", "A pattern that grounds a model's answer in documents retrieved at query time."),
                    glossary.get(1));
            List<List<String>> tiers = cells(firstTableAfter(document, "Tiers"));
            assertEquals(List.of("1", "Foundation", "Explains the concepts and applies them under guidance."), tiers.get(1));
            assertEquals(4, tiers.size());
        }
    }

    @Test
    void the_cover_page_has_the_title_version_status_date_publisher_and_license() throws IOException {
        try (XWPFDocument document = open(exampleDocx)) {
            assertEquals(List.of("AI Professional Competency Model"), texts(paragraphsInStyle(document, "Title")));
            assertEquals(List.of("Version 1.0.0"), texts(paragraphsInStyle(document, "Subtitle")));
            assertEquals(List.of(List.of("Identifier", "apd.ai-competency"), List.of("Status", "Published"), List.of("Issued", "2026-11-01"),
                    List.of("Publisher", "APD Alliance Expert Committee"), List.of("License", "CC-BY-4.0")),
                    cells(document.getTables().get(0)));
            // the cover page is the first body element's page: the table of contents starts a new page
            assertTrue(paragraphsInStyle(document, "TOCHeading").get(0).getCTP().getPPr().isSetPageBreakBefore());
        }
    }

    @Test
    void the_document_properties_come_from_the_standard_and_its_issued_date_never_the_clock() throws IOException {
        try (XWPFDocument document = open(exampleDocx)) {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            assertEquals("AI Professional Competency Model", core.getTitle());
            assertEquals("apd.ai-competency 1.0.0", core.getSubject());
            assertEquals("1.0.0", core.getVersion());
            assertEquals("apd.ai-competency", core.getIdentifier());
            assertEquals("APD Alliance Expert Committee", core.getCreator());
            assertEquals(Instant.parse("2026-11-01T00:00:00Z"), core.getCreated().toInstant());
            assertEquals(Instant.parse("2026-11-01T00:00:00Z"), core.getModified().toInstant());
            POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
            assertEquals("1.0.0", custom.getProperty("Version").getLpwstr());
            assertEquals("apd.ai-competency", custom.getProperty("Standard").getLpwstr());
            assertEquals("Normative", document.getProperties().getExtendedProperties().getApplication());
        }
    }

    @Test
    void the_header_has_the_title_and_version_and_the_footer_page_x_of_y_fields() throws IOException {
        try (XWPFDocument document = open(exampleDocx)) {
            XWPFHeader header = document.getHeaderFooterPolicy().getDefaultHeader();
            assertEquals("AI Professional Competency Model\tVersion 1.0.0", header.getText().strip());
            XWPFFooter footer = document.getHeaderFooterPolicy().getDefaultFooter();
            String xml = footer._getHdrFtr().xmlText();
            assertTrue(xml.contains(">Page </w:t>") && xml.contains("> of </w:t>"), xml);
            assertTrue(xml.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"), xml);
            assertTrue(xml.contains("<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>"), xml);
            // no header or footer on the cover page
            assertTrue(document.getDocument().getBody().getSectPr().isSetTitlePg());
            assertEquals("", document.getHeaderFooterPolicy().getFirstPageHeader().getText().strip());
        }
    }

    @Test
    void the_chinese_edition_is_in_chinese_with_an_east_asian_font_and_language() throws IOException {
        byte[] docx = docx(TestStandards.view(TestStandards.example(), "zh"));
        try (XWPFDocument document = open(docx)) {
            assertEquals(List.of("AI专业能力模型"), texts(paragraphsInStyle(document, "Title")));
            assertEquals("AI专业能力模型", document.getProperties().getCoreProperties().getTitle());
            assertTrue(texts(paragraphsInStyle(document, "Heading1")).contains("1 AI产品经理"));
            assertEquals(List.of("目录"), texts(paragraphsInStyle(document, "TOCHeading")));
            // untranslated point titles fall back to English
            assertEquals("1.1.1 Core Product Capabilities", texts(paragraphsInStyle(document, "Heading3")).get(0));
            assertEquals(List.of("等级", "评价标准"), cells(firstTableAfter(document, "1.1.1 Core Product Capabilities")).get(0));
            assertEquals("基础级", cells(firstTableAfter(document, "1.1.1 Core Product Capabilities")).get(1).get(0));
        }
        String styles = parts(docx).get("word/styles.xml");
        assertTrue(styles.contains("w:eastAsia=\"Noto Sans SC\""), styles.substring(0, 600));
        assertTrue(styles.contains("<w:lang w:val=\"en\" w:eastAsia=\"zh-CN\"/>"), styles.substring(0, 600));
        String fonts = parts(docx).get("word/fontTable.xml");
        assertTrue(fonts.contains("<w:font w:name=\"Noto Sans SC\"><w:altName w:val=\"Microsoft YaHei,SimSun\"/>"), fonts);
        String footer = parts(docx).entrySet().stream().filter(e -> e.getKey().startsWith("word/footer"))
                .map(Map.Entry::getValue).filter(x -> x.contains("PAGE")).findFirst().orElseThrow();
        assertTrue(footer.contains(">第 </w:t>") && footer.contains(" 页，共 "), footer);
        // the English edition has no East Asian language
        assertTrue(parts(exampleDocx).get("word/styles.xml").contains("<w:lang w:val=\"en\"/>"));
    }

    @Test
    void hostile_text_is_printed_literally_and_nothing_points_outside_the_document() throws Exception {
        HostileStandard.writeTo(temp.resolve("hostile"));
        byte[] docx = docx(TestStandards.view(temp.resolve("hostile"), null));
        try (XWPFDocument document = open(docx)) {
            assertEquals(List.of(HostileStandard.TITLE), texts(paragraphsInStyle(document, "Title")));
            assertEquals(HostileStandard.TITLE, document.getProperties().getCoreProperties().getTitle());
            assertTrue(texts(paragraphsInStyle(document, "Heading1")).contains("1 Engineer <script src='file:///x.js'></script>"));
            assertEquals(List.of("1.1.1 Compiling \\ backslash"), texts(paragraphsInStyle(document, "Heading3")));
            assertEquals("Scope: https://example.invalid/?a=1&b=<2>",
                    ((XWPFParagraph) after(document, "1.1.1 Compiling \\ backslash").get(0)).getText());
            assertEquals(List.of("Tier", "Criteria"), cells(firstTableAfter(document, "1.1.1 Compiling \\ backslash")).get(0));
            assertEquals("Expert ]]> <!-- -->", cells(firstTableAfter(document, "1.1.1 Compiling \\ backslash")).get(3).get(0));
            // the profile's title in its heading and in the radar chart (PNG, and SVG with the text escaped)
            assertTrue(texts(paragraphsInStyle(document, "Heading2")).contains("<svg onload=\"alert(1)\"> &lt;lead&gt;"));
            List<XWPFPictureData> pictures = document.getAllPictures();
            assertEquals(List.of(PictureType.PNG, PictureType.SVG), pictures.stream().map(XWPFPictureData::getPictureTypeEnum).toList());
            String svg = new String(pictures.get(1).getData(), StandardCharsets.UTF_8);
            assertFalse(svg.contains("<svg onload"), svg);
            assertFalse(svg.contains("<script"), svg);
            // no relationship leaves the package: no hyperlink, image or frame to fetch
            for (PackagePart part : document.getPackage().getParts()) {
                if (!part.isRelationshipPart()) {
                    for (PackageRelationship relationship : part.getRelationships()) {
                        assertEquals(TargetMode.INTERNAL, relationship.getTargetMode(), relationship::toString);
                    }
                }
            }
        }
        String body = parts(docx).get("word/document.xml");
        assertTrue(body.contains("&lt;script>alert(\"x\")&lt;/script> &amp;amp; \"quotes\" &lt;img src=\"http://example.invalid/x.png\"> file:///etc/passwd")
                || body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp;"), body.substring(0, 2000));
        assertFalse(body.contains("<script"));
        assertFalse(body.contains("<img"));
    }

    @Test
    void two_runs_give_the_same_bytes_with_the_issued_date_on_every_zip_entry() throws IOException {
        byte[] second = docx(TestStandards.view(TestStandards.example(), null));

        assertArrayEquals(exampleDocx, second);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exampleDocx))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertEquals(java.time.LocalDateTime.of(2026, 11, 1, 0, 0), entry.getTimeLocal(), entry.getName());
                entries++;
            }
            assertTrue(entries >= 10, "entries: " + entries);
        }
        assertNotNull(parts(exampleDocx).get("[Content_Types].xml"));
    }

    @Test
    void each_role_with_profiles_has_its_radar_chart_as_a_png_picture_with_the_svg_for_word_2016() throws IOException {
        try (XWPFDocument document = open(exampleDocx)) {
            for (RoleView role : example.roles()) {
                List<IBodyElement> afterHeading = after(document, role.label());
                XWPFParagraph figure = (XWPFParagraph) afterHeading.get(1);
                assertEquals("Figure", figure.getStyleID());
                List<XWPFPicture> pictures = figure.getRuns().get(0).getEmbeddedPictures();
                assertEquals(1, pictures.size());
                XWPFPictureData png = pictures.get(0).getPictureData();
                assertEquals(PictureType.PNG, png.getPictureTypeEnum());
                RadarChart chart = RadarChart.forRole(example, role).orElseThrow();
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.getData()));
                assertEquals((int) Math.ceil(chart.width() * 2), image.getWidth());
                assertEquals((int) Math.ceil(chart.height() * 2), image.getHeight());
                assertEquals(chart.description(), pictures.get(0).getDescription());
                // the SVG version, by relation from the PNG's blip
                String blip = pictures.get(0).getCTPicture().getBlipFill().getBlip().xmlText();
                String svgRelation = blip.replaceAll("(?s).*svgBlip[^>]*r:embed=\"([^\"]+)\".*", "$1");
                XWPFPictureData svg = (XWPFPictureData) document.getRelationById(svgRelation);
                assertEquals(PictureType.SVG, svg.getPictureTypeEnum());
                assertEquals(chart.svg(), new String(svg.getData(), StandardCharsets.UTF_8));
                assertEquals("Target tiers of the profiles for " + role.label(), ((XWPFParagraph) afterHeading.get(2)).getText());
            }
        }
    }

    @Test
    void the_changes_since_annex_lists_the_changes_with_links_to_where_they_are() throws Exception {
        Path pair = TestStandards.root().resolve("bundles/org.normative.diff/src/test/resources/pairs/move-point-to-another-role-and-reword");
        Standard after = TestStandards.load(pair.resolve("after"));
        ChangeReport report = StandardDiff.compare(StandardDiff.standardIn(pair.resolve("before")), after);
        EditionView edition = EditionBuilder.build(after, null, report);
        try (XWPFDocument document = open(docx(edition))) {
            String title = "Changes since " + edition.changes().since();
            assertTrue(texts(paragraphsInStyle(document, "Heading1")).contains(title));
            List<String> second = texts(paragraphsInStyle(document, "Heading2"));
            assertEquals(List.of("Breaking changes", "Corrections"), second.subList(second.size() - 2, second.size()));
            List<List<String>> breaking = cells(firstTableAfter(document, "Breaking changes"));
            assertEquals(List.of("Change", "Where", "Before / After"), breaking.get(0));
            assertEquals("Point moved to ENG.practice.acumen", breaking.get(1).get(0));
            assertEquals(edition.changes().entries().get(0).target().label(), breaking.get(1).get(1));
            List<List<String>> corrections = cells(firstTableAfter(document, "Corrections"));
            assertEquals("Point scope reworded", corrections.get(1).get(0));
            assertTrue(corrections.get(1).get(2).startsWith("Before: "), corrections.toString());
        }
        try (XWPFDocument document = open(exampleDocx)) {
            assertTrue(texts(paragraphsInStyle(document, "Heading1")).stream().noneMatch(t -> t.startsWith("Changes since")));
        }
    }

    @Test
    void text_with_line_breaks_tabs_and_control_characters_stays_valid_xml() throws IOException {
        assertEquals("a\nb\tc", WordText.xmlSafe("a\nb\tc\u0001\uFFFF"));
        assertEquals("x😀y", WordText.xmlSafe("x😀y\uD800"));
    }
}
