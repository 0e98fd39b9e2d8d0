package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.publish.html.HtmlPublisher;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.RoleView;

/** The single-file HTML edition, read back with an HTML5 parser (jsoup). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HtmlEditionTest {

    @TempDir
    Path temp;

    static byte[] html(EditionView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new HtmlPublisher().publish(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Document parse(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void every_role_dimension_and_point_is_an_anchor_named_by_its_id_path() throws IOException {
        EditionView view = TestStandards.view(TestStandards.example(), null);
        byte[] bytes = html(view);
        // kept for a look: target/test-editions/
        Files.createDirectories(Path.of("target", "test-editions"));
        Files.write(Path.of("target", "test-editions", "example.html"), bytes);
        Document html = parse(bytes);

        assertEquals(69, view.points().size());
        for (RoleView role : view.roles()) {
            Element section = html.getElementById(role.id());
            assertNotNull(section, role.id());
            assertEquals(role.number() + " " + view.text(role.title()), section.selectFirst("h2").text());
            for (DimensionView dimension : role.dimensions()) {
                assertNotNull(html.getElementById(dimension.id()), dimension.id());
                for (PointView point : dimension.points()) {
                    Element element = html.getElementById(point.id());
                    assertNotNull(element, point.id());
                    assertTrue(element.hasClass("point"), point.id());
                    assertEquals(point.label(), element.selectFirst("h4").text());
                    // the criteria table: one row per tier of the scheme, with the tier's name
                    List<String> tiers = element.select("table.criteria tbody th").eachText();
                    assertEquals(List.of("1 Foundation", "2 Practitioner", "3 Expert"), tiers, point.id());
                }
            }
        }
        Element core = html.getElementById("AIPM.foundations.core-product");
        assertEquals("1.1.1 Core Product Capabilities", core.selectFirst("h4").text());
        assertTrue(core.selectFirst("p.scope").text().startsWith("Scope Product strategy and vision planning"));
        assertEquals("1 AI Product Manager", html.getElementById("AIPM").selectFirst("h2").text());
        assertEquals("2 AI Engineer", html.getElementById("AIE").selectFirst("h2").text());
    }

    @Test
    void the_table_of_contents_and_every_cross_reference_link_to_an_anchor_of_the_file() {
        EditionView view = TestStandards.view(TestStandards.example(), null);
        Document html = parse(html(view));

        List<Element> toc = html.select("nav.contents a");
        // roles, dimensions, points, front-matter sections, and the principles, tiers, profiles, glossary and releases that the standard has
        int parts = List.of(view.principles(), view.tiers(), view.profiles(), view.glossary(), view.releases()).stream()
                .mapToInt(part -> part.isEmpty() ? 0 : 1).sum();
        assertEquals(2 + 14 + 69 + view.sections().size() + parts, toc.size(), toc.toString());
        assertEquals("1.1.1 Core Product Capabilities", html.selectFirst("nav.contents a[href=#AIPM.foundations.core-product]").text());
        for (Element link : html.select("a")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("#"), () -> "a link out of the file: " + link);
            assertNotNull(html.getElementById(href.substring(1)), () -> "a link to nowhere: " + link);
        }
        Element requires = html.getElementById("AIPM.foundations.value-stream").selectFirst("p.relation-requires");
        assertEquals("Requires 1.1.1 Core Product Capabilities", requires.text());
        assertEquals("#AIPM.foundations.core-product", requires.selectFirst("a").attr("href"));
        // nothing loaded from elsewhere
        assertTrue(html.select("script, link, img, iframe, object, embed, [src]").isEmpty());
        assertFalse(html.select("style").html().contains("url("));
    }

    @Test
    void the_sample_shows_profiles_and_a_deprecated_point_replaced_by_a_link() {
        Document html = parse(html(TestStandards.view(TestStandards.sample(), null)));

        Element legacy = html.getElementById("AIE.value-thinking.legacy-handoff");
        assertTrue(legacy.hasClass("deprecated"));
        assertEquals("Deprecated \u2014 Replaced by 2.1.1 Value Stream Delivery Thinking", legacy.selectFirst("p.status-deprecated").text());
        assertEquals("#AIE.value-thinking.value-delivery", legacy.selectFirst("p.status-deprecated a").attr("href"));
        Element profile = html.getElementById("senior-aipm");
        assertEquals("Senior AI Product Manager", profile.selectFirst("h3").text());
        assertEquals(List.of("1.1 Foundational Product Management Literacy", "3 Expert"), profile.select("tbody td").eachText());
        assertEquals("Related 2.1.1 Value Stream Delivery Thinking",
                html.getElementById("AIPM.foundations.value-stream").selectFirst("p.relation-related").text());
    }

    @Test
    void the_chinese_edition_has_chinese_words_and_marks_english_fallbacks_with_their_language() {
        Document html = parse(html(TestStandards.view(TestStandards.example(), "zh")));

        assertEquals("zh", html.selectFirst("html").attr("lang"));
        assertEquals("AI专业能力模型", html.title());
        assertEquals("目录", html.selectFirst("nav.contents h2").text());
        assertEquals("1 AI产品经理", html.getElementById("AIPM").selectFirst("h2").text());
        Element core = html.getElementById("AIPM.foundations.core-product");
        assertEquals("en", core.selectFirst("h4 span[lang]").attr("lang"));
        assertEquals(List.of("1 基础级", "2 实践级", "3 专家级"), core.select("table.criteria tbody th").eachText());
        assertEquals("等级", core.selectFirst("table.criteria thead th").text());
    }

    @Test
    void the_default_edition_shows_the_chinese_titles_next_to_the_english_ones() {
        Document html = parse(html(TestStandards.view(TestStandards.example(), null)));

        Element translation = html.selectFirst("p.cover-translation");
        assertEquals("AI专业能力模型", translation.text());
        assertEquals("zh", translation.attr("lang"));
        assertEquals("AI产品经理", html.getElementById("AIPM").selectFirst("p.translation").text());
    }

    @Test
    void each_role_with_profiles_has_its_radar_chart_inline() {
        EditionView view = TestStandards.view(TestStandards.example(), null);
        Document html = parse(html(view));

        for (RoleView role : view.roles()) {
            Element chart = html.getElementById(role.id()).selectFirst("figure.chart");
            assertNotNull(chart, role.id());
            Element svg = chart.selectFirst("svg");
            assertNotNull(svg, "inline SVG");
            assertEquals("http://www.w3.org/2000/svg", svg.attr("xmlns"));
            assertTrue(svg.select("polygon").size() > view.tiers().size(), "rings and a polygon per profile");
            assertEquals("Target tiers of the profiles for " + role.label(), chart.selectFirst("figcaption").text());
            assertTrue(svg.selectFirst("title").text().startsWith("Competency radar of " + view.text(role.title())), "the description");
        }
        assertEquals(view.roles().size(), html.select("figure.chart").size());
        assertTrue(html.select("svg image, svg script, svg [href]").isEmpty());
    }

    @Test
    void the_changes_since_annex_lists_each_change_with_a_link_to_its_element() throws Exception {
        Path pairs = TestStandards.root().resolve("bundles/org.normative.diff/src/test/resources/pairs/move-point-to-another-role-and-reword");
        org.normative.diff.ChangeReport report = org.normative.diff.StandardDiff.compare(
                org.normative.diff.StandardDiff.standardIn(pairs.resolve("before")), TestStandards.load(pairs.resolve("after")));
        EditionView view = org.normative.publish.view.EditionBuilder.build(TestStandards.load(pairs.resolve("after")), null, report);
        Document html = parse(html(view));

        Element annex = html.getElementById("part:changes");
        assertNotNull(annex);
        assertEquals("Changes since " + view.changes().since(), annex.selectFirst("h2").text());
        assertEquals("These changes call for a new major version.", annex.selectFirst("p.changes-semver").text());
        assertEquals("Breaking changes", annex.selectFirst("h3").text());
        Element moved = annex.selectFirst("table.change-list tbody tr");
        assertEquals("Point moved to ENG.practice.acumen", moved.select("td").get(1).text());
        assertEquals("#ENG.practice.acumen", moved.selectFirst("a").attr("href"));
        assertNotNull(html.getElementById("ENG.practice.acumen"));
        assertNotNull(html.selectFirst("nav.contents a[href=#part:changes]"));
    }

    @Test
    void two_runs_give_the_same_bytes() {
        assertArrayEquals(html(TestStandards.view(TestStandards.example(), null)), html(TestStandards.view(TestStandards.example(), null)));
    }

    @Test
    void hostile_text_is_printed_literally() throws IOException {
        HostileStandard.writeTo(temp.resolve("hostile"));
        byte[] bytes = html(TestStandards.view(temp.resolve("hostile"), null));
        Document html = parse(bytes);

        assertEquals(HostileStandard.TITLE, html.title());
        assertEquals(HostileStandard.TITLE, html.selectFirst("h1").text());
        assertTrue(html.select("body script, body img, body b, body i, body code").isEmpty(), () -> html.body().html());
        assertTrue(html.select("script, img").isEmpty());
        assertEquals("1 Engineer <script src='file:///x.js'></script>", html.getElementById("ENG").selectFirst("h2").text());
        assertEquals("Scope https://example.invalid/?a=1&b=<2>", html.getElementById("ENG.build.compile").selectFirst("p.scope").text());
        assertTrue(html.getElementById("ENG.build.compile").text().contains("Explains what a compiler does with <code>main()</code>."));
        assertTrue(html.select("a").stream().allMatch(a -> a.attr("href").startsWith("#")));
        // the profile's title in the chart's legend and in the profiles: text, not an element with a handler
        assertTrue(html.select("[onload]").isEmpty(), () -> html.select("[onload]").toString());
        assertTrue(html.getElementById("ENG").selectFirst("figure.chart svg").text().contains("<svg onload=\"alert(1)\"> &lt;lead&gt;"));
        assertEquals("<svg onload=\"alert(1)\"> &lt;lead&gt;", html.getElementById("lead").selectFirst("h3").text());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp;"), text.substring(0, 400));
        assertTrue(text.contains("Expert ]]&gt; &lt;!-- --&gt;"));
        Files.write(temp.resolve("hostile.html"), bytes);
    }
}
