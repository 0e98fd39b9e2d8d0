package org.normative.publish.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.normative.diff.text.Segment;
import org.normative.diff.text.WordDiff;
import org.normative.publish.TestStandards;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.Vocabulary.Word;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Word redline edition of the diff engine's curated version pairs, opened as XML: its
 * revision marks hold exactly the inserted and deleted words, and accepting every revision gives
 * the new clean edition, rejecting every one the old one (accept and reject done here over the
 * XML as Word does them).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RedlineDocxTest {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static Path pair(String name, String side) {
        return TestStandards.root().resolve("bundles/org.normative.diff/src/test/resources/pairs").resolve(name).resolve(side);
    }

    static EditionView view(String pair, String side) {
        return TestStandards.view(pair(pair, side), null);
    }

    static EditionView redline(String pair) {
        return view(pair, "after").withRedlineFrom(view(pair, "before"));
    }

    @Test
    void a_reworded_criterion_is_marked_word_by_word_with_the_publisher_and_the_issued_date() throws Exception {
        Document xml = documentXml(DocxEditionTest.docx(redline("reword-criterion-at-one-tier")));
        List<Segment> expected = WordDiff.diff("Writes a PRD with a flowchart and a prototype for an AI feature.",
                "Writes a PRD with user flows and a clickable prototype for an AI feature.");
        assertEquals(texts(expected, Segment.Operation.DELETE), marked(xml, "del"));
        assertEquals(texts(expected, Segment.Operation.INSERT), marked(xml, "ins"));
        assertTrue(marked(xml, "del").stream().anyMatch(text -> text.contains("flowchart")));
        assertTrue(marked(xml, "ins").stream().anyMatch(text -> text.contains("user flows")));
        for (String kind : List.of("ins", "del")) {
            NodeList marks = xml.getElementsByTagNameNS(W, kind);
            for (int i = 0; i < marks.getLength(); i++) {
                Element mark = (Element) marks.item(i);
                assertEquals("Demo Committee", mark.getAttributeNS(W, "author"));
                assertEquals("2026-01-15T00:00:00Z", mark.getAttributeNS(W, "date"));
            }
        }
        // deleted text is delText, never t
        NodeList deletions = xml.getElementsByTagNameNS(W, "del");
        for (int i = 0; i < deletions.getLength(); i++) {
            assertEquals(0, ((Element) deletions.item(i)).getElementsByTagNameNS(W, "t").getLength());
        }
    }

    @Test
    void the_settings_keep_tracking_revisions_and_the_cover_says_what_is_marked() throws Exception {
        byte[] docx = DocxEditionTest.docx(redline("reword-criterion-at-one-tier"));
        assertTrue(new String(entry(docx, "word/settings.xml"), java.nio.charset.StandardCharsets.UTF_8).contains("<w:trackRevisions/>"));
        assertFalse(new String(entry(DocxEditionTest.docx(view("reword-criterion-at-one-tier", "after")), "word/settings.xml"),
                java.nio.charset.StandardCharsets.UTF_8).contains("trackRevisions"));
        assertTrue(paragraphs(documentXml(docx)).contains(note("reword-criterion-at-one-tier")));
    }

    @Test
    void an_added_point_is_inserted_whole() throws Exception {
        Document xml = documentXml(DocxEditionTest.docx(redline("add-point")));
        String inserted = String.join("|", marked(xml, "ins"));
        assertTrue(inserted.contains("Product Discovery"), inserted);
        assertTrue(inserted.contains("Finding the problems worth solving."), inserted);
        assertTrue(inserted.contains("Sets up continuous discovery for several teams."), inserted);
        assertTrue(marked(xml, "del").isEmpty(), () -> marked(xml, "del").toString());
        assertTrue(xml.getElementsByTagNameNS(W, "trPr").getLength() > 0);
        assertTrue(rowsMarked(xml, "ins") >= 4, "the criteria table's rows are inserted");
    }

    @Test
    void a_removed_point_appears_deleted_with_its_old_text() throws Exception {
        Document xml = documentXml(DocxEditionTest.docx(redline("remove-point")));
        String deleted = String.join("|", marked(xml, "del"));
        assertTrue(deleted.contains("Professional Acumen"), deleted);
        assertTrue(deleted.contains("Structured reasoning, prioritization and business insight."), deleted);
        assertTrue(deleted.contains("Coaches other product managers in structured reasoning."), deleted);
        assertTrue(marked(xml, "ins").isEmpty(), () -> marked(xml, "ins").toString());
        assertTrue(rowsMarked(xml, "del") >= 4, "the criteria table's rows are deleted");
    }

    @Test
    void accepting_every_revision_gives_the_new_edition_and_rejecting_every_one_the_old_edition() throws Exception {
        for (String pair : List.of("reword-criterion-at-one-tier", "add-point", "remove-point", "move-point-between-dimensions",
                "rename-point", "reword-scope-definition-description", "criterion-added",
                "move-dimension-between-roles", "add-role", "reorder-points", "profiles-terms-releases-front-matter")) {
            byte[] redline = DocxEditionTest.docx(redline(pair));
            List<String> after = body(documentXml(DocxEditionTest.docx(view(pair, "after"))));
            List<String> before = body(documentXml(DocxEditionTest.docx(view(pair, "before"))));

            Document accepted = documentXml(redline);
            resolve(accepted, true);
            List<String> acceptedText = body(accepted);
            acceptedText.remove(note(pair));
            assertEquals(after, acceptedText, pair + ": accept all");

            if (pair.equals("profiles-terms-releases-front-matter")) {
                // front matter, profiles and releases are printed as the new version has them (not redlined yet)
                continue;
            }
            Document rejected = documentXml(redline);
            resolve(rejected, false);
            List<String> rejectedText = body(rejected);
            rejectedText.remove(note(pair));
            assertEquals(withoutVersionLines(before), withoutVersionLines(rejectedText), pair + ": reject all");
        }
    }

    @Test
    void a_dropped_description_definition_and_scope_are_deleted_paragraphs(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path pair = TestStandards.droppedTexts(temp);
        EditionView before = TestStandards.view(pair.resolve("before"), null);
        EditionView after = TestStandards.view(pair.resolve("after"), null);
        byte[] redline = DocxEditionTest.docx(after.withRedlineFrom(before));
        Document xml = documentXml(redline);
        String deleted = String.join("|", marked(xml, "del"));
        assertTrue(deleted.contains("Turns AI capabilities into products that deliver value."), deleted);
        assertTrue(deleted.contains("The professional foundation of a product manager."), deleted);
        assertTrue(deleted.contains("Structured reasoning, prioritization and business insight."), deleted);
        assertTrue(marked(xml, "ins").isEmpty(), () -> marked(xml, "ins").toString());

        String note = after.vocabulary().get(Word.REDLINE_NOTE).replace("{version}", before.version());
        Document accepted = documentXml(redline);
        resolve(accepted, true);
        List<String> acceptedText = body(accepted);
        acceptedText.remove(note);
        assertEquals(body(documentXml(DocxEditionTest.docx(after))), acceptedText, "accept all");
        Document rejected = documentXml(redline);
        resolve(rejected, false);
        List<String> rejectedText = body(rejected);
        rejectedText.remove(note);
        assertEquals(body(documentXml(DocxEditionTest.docx(before))), rejectedText, "reject all");
    }

    @Test
    void a_criterion_moved_to_another_tier_is_a_word_move(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path pair = TestStandards.retieredCriterion(temp);
        EditionView before = TestStandards.view(pair.resolve("before"), null);
        EditionView after = TestStandards.view(pair.resolve("after"), null);
        byte[] redline = DocxEditionTest.docx(after.withRedlineFrom(before));
        Document xml = documentXml(redline);
        List<String> from = marked(xml, "moveFrom");
        List<String> to = marked(xml, "moveTo");
        assertTrue(String.join("", from).contains("Ranks a short backlog with a named prioritization method."), from::toString);
        assertTrue(String.join("", to).contains("Ranks a short backlog with a named prioritization method."), to::toString);
        assertEquals(0, ((Element) xml.getElementsByTagNameNS(W, "moveFrom").item(0)).getElementsByTagNameNS(W, "t").getLength(),
                "moved-away text is delText");
        Element fromRange = (Element) xml.getElementsByTagNameNS(W, "moveFromRangeStart").item(0);
        Element toRange = (Element) xml.getElementsByTagNameNS(W, "moveToRangeStart").item(0);
        assertEquals(fromRange.getAttributeNS(W, "name"), toRange.getAttributeNS(W, "name"), "one move, two places");
        assertEquals(1, xml.getElementsByTagNameNS(W, "moveFromRangeEnd").getLength());
        assertEquals(1, xml.getElementsByTagNameNS(W, "moveToRangeEnd").getLength());
        assertTrue(String.join("|", marked(xml, "ins")).contains("Names three prioritization methods."));

        String note = after.vocabulary().get(Word.REDLINE_NOTE).replace("{version}", before.version());
        Document accepted = documentXml(redline);
        resolve(accepted, true);
        List<String> acceptedText = body(accepted);
        acceptedText.remove(note);
        assertEquals(body(documentXml(DocxEditionTest.docx(after))), acceptedText, "accept all");
        Document rejected = documentXml(redline);
        resolve(rejected, false);
        List<String> rejectedText = body(rejected);
        rejectedText.remove(note);
        assertEquals(body(documentXml(DocxEditionTest.docx(before))), rejectedText, "reject all");
    }

    private static String note(String pair) {
        return view(pair, "after").vocabulary().get(Word.REDLINE_NOTE).replace("{version}", view(pair, "before").version());
    }

    /**
     * The old text but for what stays the new version's in a redline: the version on the cover and
     * the section numbers (a point after a deleted one keeps its new number) and the labels of
     * cross references (generated from the target's new number and title).
     */
    private static List<String> withoutVersionLines(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("Version ") && !line.matches("(Requires|Related|Aligns with): .*"))
                .map(line -> line.replaceAll("(?<![\\w.])\\d+(\\.\\d+){0,2}(?= \\p{Lu})", "#")).toList();
    }

    // ---------------------------------------------------------------- reading the XML

    static byte[] entry(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    static Document documentXml(byte[] docx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(entry(docx, "word/document.xml")));
    }

    private static List<String> texts(List<Segment> segments, Segment.Operation operation) {
        return segments.stream().filter(s -> s.operation() == operation).map(Segment::text).toList();
    }

    /** The text of each {@code w:ins} or {@code w:del} that wraps runs, in document order. */
    static List<String> marked(Document xml, String kind) {
        List<String> texts = new ArrayList<>();
        NodeList marks = xml.getElementsByTagNameNS(W, kind);
        for (int i = 0; i < marks.getLength(); i++) {
            Element mark = (Element) marks.item(i);
            if (mark.getParentNode().getLocalName().equals("rPr") || mark.getParentNode().getLocalName().equals("trPr")) {
                continue; // a paragraph mark or a row
            }
            texts.add(runText(mark));
        }
        return texts;
    }

    private static int rowsMarked(Document xml, String kind) {
        int rows = 0;
        NodeList marks = xml.getElementsByTagNameNS(W, kind);
        for (int i = 0; i < marks.getLength(); i++) {
            if (marks.item(i).getParentNode().getLocalName().equals("trPr")) {
                rows++;
            }
        }
        return rows;
    }

    /** The text of the runs under {@code node}: {@code w:t} and {@code w:delText}, tabs and breaks as spaces and newlines. */
    private static String runText(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node instanceof Element element && W.equals(element.getNamespaceURI())) {
            switch (element.getLocalName()) {
                case "t", "delText" -> {
                    text.append(element.getTextContent());
                    return;
                }
                case "tab" -> text.append('\t');
                case "br" -> text.append('\n');
                case "instrText", "delInstrText", "pPr", "rPr" -> {
                    return;
                }
                default -> {
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            appendText(child, text);
        }
    }

    /** The text of every paragraph of the body (also in tables), but the table of contents. */
    static List<String> body(Document xml) {
        List<String> lines = new ArrayList<>();
        NodeList paragraphs = xml.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element p = (Element) paragraphs.item(i);
            String style = style(p);
            if (style.startsWith("TOC")) {
                continue;
            }
            lines.add(runText(p));
        }
        return lines;
    }

    private static List<String> paragraphs(Document xml) {
        return body(xml);
    }

    private static String style(Element p) {
        NodeList styles = p.getElementsByTagNameNS(W, "pStyle");
        return styles.getLength() == 0 ? "" : ((Element) styles.item(0)).getAttributeNS(W, "val");
    }

    // ---------------------------------------------------------------- accept and reject, as Word does them

    /**
     * Accepts ({@code accept}) or rejects every revision: the kept kind of mark is unwrapped, the
     * other removed with its content; a row whose removal is kept goes; a paragraph whose mark is
     * removed is joined to the next paragraph (and goes when nothing of it is left).
     */
    static void resolve(Document xml, boolean accept) {
        // a move is a deletion at its old place and an insertion at its new one, within named ranges
        for (String range : List.of("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")) {
            for (Element marker : elements(xml, range)) {
                marker.getParentNode().removeChild(marker);
            }
        }
        for (Element move : elements(xml, "moveFrom")) {
            xml.renameNode(move, W, "w:del");
        }
        for (Element move : elements(xml, "moveTo")) {
            xml.renameNode(move, W, "w:ins");
        }
        String keep = accept ? "ins" : "del";
        String drop = accept ? "del" : "ins";
        // rows
        for (Element mark : elements(xml, drop)) {
            if (mark.getParentNode().getLocalName().equals("trPr")) {
                Node row = mark.getParentNode().getParentNode();
                row.getParentNode().removeChild(row);
            }
        }
        // paragraph marks
        for (Element mark : elements(xml, drop)) {
            if (mark.getParentNode() != null && mark.getParentNode().getLocalName().equals("rPr")
                    && mark.getParentNode().getParentNode().getLocalName().equals("pPr")) {
                Element p = (Element) mark.getParentNode().getParentNode().getParentNode();
                if (p.getParentNode() == null || !attached(p)) {
                    continue;
                }
                removeRuns(p, drop);
                Node next = p.getNextSibling();
                while (next != null && !(next instanceof Element e && "p".equals(e.getLocalName()))) {
                    next = next.getNextSibling();
                }
                if (runText(p).isEmpty() || next == null) {
                    if (!runText(p).isEmpty()) {
                        throw new AssertionError("a paragraph with text left and no paragraph to join: " + runText(p));
                    }
                    p.getParentNode().removeChild(p);
                } else {
                    Node firstContent = firstContent((Element) next);
                    for (Node child = p.getFirstChild(); child != null;) {
                        Node following = child.getNextSibling();
                        if (!"pPr".equals(child.getLocalName())) {
                            next.insertBefore(child, firstContent);
                        }
                        child = following;
                    }
                    p.getParentNode().removeChild(p);
                }
            }
        }
        removeRuns(xml.getDocumentElement(), drop);
        for (Element mark : elements(xml, keep)) {
            Node parent = mark.getParentNode();
            if (parent == null) {
                continue;
            }
            if (parent.getLocalName().equals("rPr") || parent.getLocalName().equals("trPr")) {
                parent.removeChild(mark);
                continue;
            }
            while (mark.getFirstChild() != null) {
                parent.insertBefore(mark.getFirstChild(), mark);
            }
            parent.removeChild(mark);
        }
        for (Element text : elements(xml, "delText")) {
            xml.renameNode(text, W, "w:t");
        }
    }

    private static boolean attached(Node node) {
        while (node != null && !(node instanceof Document)) {
            node = node.getParentNode();
        }
        return node != null;
    }

    private static void removeRuns(Element root, String kind) {
        for (Element mark : elements(root, kind)) {
            Node parent = mark.getParentNode();
            if (parent != null && !parent.getLocalName().equals("rPr") && !parent.getLocalName().equals("trPr")) {
                parent.removeChild(mark);
            }
        }
    }

    private static Node firstContent(Element p) {
        for (Node child = p.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!"pPr".equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> elements(Document xml, String name) {
        return elements(xml.getDocumentElement(), name);
    }

    private static List<Element> elements(Element root, String name) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(W, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
