package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.normative.diff.text.Segment;
import org.normative.diff.text.WordDiff;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.Vocabulary.Word;

/**
 * The HTML redline edition of the diff engine's curated version pairs, read back with jsoup: the
 * changed words in {@code <del>} and {@code <ins>}, whole new and removed elements in
 * {@code <ins class="redline-block">} and {@code <del class="redline-block">}, removed elements
 * without ids and outside the table of contents, and removing every {@code <del>} (keeping what
 * {@code <ins>} holds) gives the text of the clean new edition.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RedlineHtmlTest {

    /** Every pair with something a redline marks. */
    static final List<String> PAIRS = List.of("reword-criterion-at-one-tier", "add-point", "remove-point",
            "move-point-between-dimensions", "rename-point", "reword-scope-definition-description", "criterion-added",
            "move-dimension-between-roles", "add-role", "reorder-points", "move-point-to-another-role-and-reword",
            "profiles-terms-releases-front-matter");

    static EditionView clean(String pair) {
        return TestStandards.view(TestStandards.pair(pair, "after"), null);
    }

    static Document redline(String pair) {
        return HtmlEditionTest.parse(HtmlEditionTest.html(TestStandards.redline(pair, null)));
    }

    @Test
    void a_reworded_criterion_has_the_deleted_words_in_del_and_the_inserted_words_in_ins() throws Exception {
        byte[] bytes = HtmlEditionTest.html(TestStandards.redline("reword-criterion-at-one-tier", null));
        // kept for a look: target/test-editions/
        Files.createDirectories(Path.of("target", "test-editions"));
        Files.write(Path.of("target", "test-editions", "redline.html"), bytes);
        Document html = HtmlEditionTest.parse(bytes);

        List<Segment> expected = WordDiff.diff("Writes a PRD with a flowchart and a prototype for an AI feature.",
                "Writes a PRD with user flows and a clickable prototype for an AI feature.");
        Element criterion = html.getElementById("PM.foundations.core-product").select("tr.tier-2 p.criterion").first();
        assertEquals(texts(expected, Segment.Operation.DELETE), criterion.select("del").eachText());
        assertEquals(texts(expected, Segment.Operation.INSERT), criterion.select("ins").eachText());
        assertTrue(criterion.select("del").text().contains("flowchart"));
        assertTrue(criterion.select("ins").text().contains("user flows"));
        assertEquals("2026-01-15", criterion.selectFirst("ins").attr("datetime"), "the date of the marks: the standard's issued date");
        // nothing else is marked
        assertEquals(criterion.select("ins, del").size() + 2, html.select("ins, del").size(), "the key of the legend is the rest");
    }

    @Test
    void the_cover_says_what_is_marked_and_the_clean_edition_has_no_marks() {
        Document html = redline("reword-criterion-at-one-tier");
        Element legend = html.selectFirst(".cover .redline-legend");
        assertNotNull(legend);
        assertEquals(clean("reword-criterion-at-one-tier").vocabulary().fill(Word.REDLINE_NOTE, "version", "1.0.0"),
                legend.selectFirst("p.redline-note").text());
        assertEquals("Inserted", legend.selectFirst("ins").text());
        assertEquals("Deleted", legend.selectFirst("del").text());

        for (String pair : PAIRS) {
            Document plain = HtmlEditionTest.parse(HtmlEditionTest.html(clean(pair)));
            assertTrue(plain.select("ins, del, .redline-legend").isEmpty(), pair);
        }
    }

    @Test
    void an_added_point_is_inserted_whole() {
        Document html = redline("add-point");
        List<Element> blocks = html.select("ins.redline-block");
        assertEquals(1, blocks.size(), blocks::toString);
        Element point = blocks.get(0).selectFirst("> section.point");
        assertNotNull(point);
        assertEquals("PM.foundations.discovery", point.id());
        assertTrue(point.text().contains("Product Discovery"), point::text);
        assertTrue(point.text().contains("Finding the problems worth solving."));
        assertTrue(point.text().contains("Sets up continuous discovery for several teams."));
        assertTrue(html.select("del").isEmpty() || html.select("del").size() == 1, "only the legend's key");
        assertNotNull(html.selectFirst("nav.contents a[href=#PM.foundations.discovery]"));
    }

    @Test
    void a_removed_point_is_deleted_at_its_old_place_with_its_old_text_without_an_id_or_a_contents_entry() {
        Document html = redline("remove-point");
        List<Element> blocks = html.select("del.redline-block");
        assertEquals(1, blocks.size(), blocks::toString);
        Element point = blocks.get(0).selectFirst("> section.point");
        assertNotNull(point);
        assertEquals("", point.id(), "a deleted element has no id");
        assertTrue(point.selectFirst("h4").text().endsWith("Professional Acumen"), point::text);
        assertTrue(point.text().contains("Structured reasoning, prioritization and business insight."));
        assertTrue(point.text().contains("Coaches other product managers in structured reasoning."));
        assertTrue(point.select("[id]").isEmpty(), "nothing inside it has an id");
        // at its old place: after the point that was before it
        Element previous = blocks.get(0).previousElementSibling();
        assertEquals("PM.foundations.collaboration", previous.id());
        assertFalse(html.selectFirst("nav.contents").text().contains("Professional Acumen"));
        assertTrue(html.select("ins.redline-block").isEmpty());
    }

    @Test
    void in_every_pair_ids_are_unique_and_every_link_resolves() {
        for (String pair : PAIRS) {
            Document html = redline(pair);
            Set<String> ids = new HashSet<>();
            for (Element element : html.select("[id]")) {
                assertTrue(ids.add(element.id()), () -> pair + ": two elements with the id " + element.id());
            }
            for (Element link : html.select("a")) {
                String href = link.attr("href");
                assertTrue(href.startsWith("#"), () -> pair + ": a link out of the file: " + link);
                assertNotNull(html.getElementById(href.substring(1)), () -> pair + ": a link to nowhere: " + link);
            }
            for (Element deleted : html.select("del.redline-block")) {
                assertTrue(deleted.select("[id]").isEmpty(), () -> pair + ": an id in a deleted element: " + deleted);
                assertNull(deleted.selectFirst("del.redline-block del, del.redline-block ins"), pair);
            }
        }
    }

    @Test
    void a_moved_point_is_inserted_at_its_new_place_and_deleted_at_its_old_one_and_listed_once_in_the_contents() {
        Document html = redline("move-point-between-dimensions");
        List<Element> inserted = html.select("ins.redline-block > section.point");
        List<Element> deleted = html.select("del.redline-block > section.point");
        assertEquals(1, inserted.size());
        assertEquals(1, deleted.size());
        String title = inserted.get(0).selectFirst("h4").text().replaceFirst("^\\S+ ", "");
        assertEquals(title, deleted.get(0).selectFirst("h4").text().replaceFirst("^\\S+ ", ""));
        assertEquals(1, html.select("nav.contents a[href=#" + inserted.get(0).id() + "]").size());
    }

    @Test
    void removing_every_deletion_gives_the_text_of_the_clean_edition() {
        for (String pair : PAIRS) {
            Document accepted = redline(pair);
            accepted.select("del").remove();
            accepted.select(".redline-legend").remove();
            accepted.select("ins").unwrap();
            Document plain = HtmlEditionTest.parse(HtmlEditionTest.html(clean(pair)));
            assertEquals(plain.body().text(), accepted.body().text(), pair);
        }
    }

    @Test
    void removing_every_insertion_gives_the_points_of_the_earlier_version() {
        for (String pair : PAIRS) {
            if (pair.equals("profiles-terms-releases-front-matter")) {
                continue; // front matter, profiles and releases are printed as the new version has them (not redlined yet)
            }
            Document rejected = redline(pair);
            rejected.select("ins").remove();
            rejected.select("del").unwrap();
            Document before = HtmlEditionTest.parse(HtmlEditionTest.html(TestStandards.view(TestStandards.pair(pair, "before"), null)));
            assertEquals(elementTexts(before), elementTexts(rejected), pair);
        }
    }

    /**
     * The headings, texts and criteria of the roles and the glossary, with the numbers (a point after
     * a deleted one keeps its new number) and cross-reference labels left out.
     */
    private static List<String> elementTexts(Document html) {
        return html.select("section.role h2, section.role h3, section.role h4, section.role p.role-description, "
                + "section.role .definition p, section.role p.scope, section.role p.criterion, .term").eachText().stream()
                .map(text -> text.replaceAll("(?<![\\w.])\\d+(\\.\\d+){0,2}(?= \\p{Lu})", "#")).toList();
    }

    @Test
    void a_dropped_description_definition_and_scope_are_printed_deleted_where_they_were(@org.junit.jupiter.api.io.TempDir Path temp) {
        Path pair = TestStandards.droppedTexts(temp);
        EditionView before = TestStandards.view(pair.resolve("before"), null);
        EditionView after = TestStandards.view(pair.resolve("after"), null);
        Document html = HtmlEditionTest.parse(HtmlEditionTest.html(after.withRedlineFrom(before)));

        assertEquals("Turns AI capabilities into products that deliver value.",
                html.getElementById("PM").selectFirst("> del.redline-block > p.role-description").text());
        assertEquals("Core definition The professional foundation of a product manager.",
                html.getElementById("PM.foundations").selectFirst("> del.redline-block > div.definition").text());
        assertEquals("Scope Structured reasoning, prioritization and business insight.",
                html.getElementById("PM.foundations.acumen").selectFirst("> del.redline-block > p.scope").text());
        assertEquals(3, html.select("del.redline-block").size());
        assertTrue(html.select("ins").size() == 1, "only the legend's key");

        Document accepted = html.clone();
        accepted.select("del").remove();
        accepted.select(".redline-legend").remove();
        accepted.select("ins").unwrap();
        assertEquals(HtmlEditionTest.parse(HtmlEditionTest.html(after)).body().text(), accepted.body().text());
        Document rejected = html.clone();
        rejected.select("ins").remove();
        rejected.select("del").unwrap();
        assertEquals(elementTexts(HtmlEditionTest.parse(HtmlEditionTest.html(before))), elementTexts(rejected));
    }

    @Test
    void a_criterion_moved_to_another_tier_is_marked_as_a_move_at_both_places(@org.junit.jupiter.api.io.TempDir Path temp) {
        Path pair = TestStandards.retieredCriterion(temp);
        EditionView before = TestStandards.view(pair.resolve("before"), null);
        EditionView after = TestStandards.view(pair.resolve("after"), null);
        Document html = HtmlEditionTest.parse(HtmlEditionTest.html(after.withRedlineFrom(before)));

        Element point = html.getElementById("PM.foundations.acumen");
        Element to = point.selectFirst("tr.tier-2 ins.moved");
        assertEquals("Moved from tier 1", to.attr("title"));
        assertEquals("rank Ranks a short backlog with a named prioritization method.", to.selectFirst("p.criterion").text());
        Element from = point.selectFirst("tr.tier-1 del.moved");
        assertEquals("Moved to tier 2", from.attr("title"));
        assertEquals("rank Ranks a short backlog with a named prioritization method.", from.selectFirst("p.criterion").text());
        assertEquals("Names three prioritization methods.", point.selectFirst("tr.tier-1 ins.redline-block:not(.moved)").text());

        Document accepted = html.clone();
        accepted.select("del").remove();
        accepted.select(".redline-legend").remove();
        accepted.select("ins").unwrap();
        assertEquals(HtmlEditionTest.parse(HtmlEditionTest.html(after)).body().text(), accepted.body().text());
        Document rejected = html.clone();
        rejected.select("ins").remove();
        rejected.select("del").unwrap();
        assertEquals(elementTexts(HtmlEditionTest.parse(HtmlEditionTest.html(before))), elementTexts(rejected));
    }

    @Test
    void two_runs_give_the_same_bytes() {
        for (String pair : List.of("move-point-to-another-role-and-reword", "reword-criterion-at-one-tier")) {
            assertArrayEquals(HtmlEditionTest.html(TestStandards.redline(pair, null)), HtmlEditionTest.html(TestStandards.redline(pair, null)));
        }
    }

    private static List<String> texts(List<Segment> segments, Segment.Operation operation) {
        return segments.stream().filter(s -> s.operation() == operation).map(Segment::text).map(String::strip).filter(text -> !text.isEmpty()).toList();
    }
}
