package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.publish.chart.RadarChart;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.RoleView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The competency radar of each role of the example: axes, rings, polygons, and the same chart as SVG and Java2D. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RadarChartTest {

    private static EditionView example;
    private static EditionView exampleZh;

    @BeforeAll
    static void load() {
        example = TestStandards.view(TestStandards.example(), null);
        exampleZh = TestStandards.view(TestStandards.example(), "zh");
    }

    private static RadarChart chart(EditionView edition, int role) {
        return RadarChart.forRole(edition, edition.roles().get(role)).orElseThrow();
    }

    @Test
    void each_role_of_the_example_has_a_radar_over_its_seven_dimensions_with_its_two_profiles() {
        RadarChart aipm = chart(example, 0);
        assertEquals(7, aipm.axes().size());
        assertEquals("1.1", aipm.axes().get(0).number());
        assertEquals("Foundational Product Management Literacy", aipm.axes().get(0).title());
        assertEquals(List.of("Foundation", "Practitioner", "Expert"), aipm.rings().stream().map(RadarChart.Ring::label).toList());
        assertEquals(List.of("Junior AI Product Manager", "Senior AI Product Manager"),
                aipm.series().stream().map(RadarChart.Series::title).toList());
        assertEquals(List.of(2, 1, 1, 1, 1, 1, 1), aipm.series().get(0).tiers());
        assertEquals(List.of(3, 2, 3, 3, 2, 2, 3), aipm.series().get(1).tiers());

        RadarChart aie = chart(example, 1);
        assertEquals("2.7", aie.axes().get(6).number());
        assertEquals(List.of("AI Engineer", "Lead AI Engineer"), aie.series().stream().map(RadarChart.Series::title).toList());
    }

    @Test
    void a_chinese_edition_labels_axes_rings_and_profiles_in_chinese() {
        RadarChart aipm = chart(exampleZh, 0);
        assertEquals("产品管理基础素养", aipm.axes().get(0).title());
        assertEquals("基础级", aipm.rings().get(0).label());
        assertEquals("初级AI产品经理", aipm.series().get(0).title());
        String svg = aipm.svg();
        assertTrue(svg.contains("初级AI产品经理"), svg);
    }

    @Test
    void long_labels_wrap_into_at_most_three_lines_and_chinese_breaks_between_ideographs() {
        for (RadarChart.Axis axis : chart(example, 0).axes()) {
            assertTrue(axis.lines().size() >= 1 && axis.lines().size() <= 3, axis::toString);
            assertEquals(axis.number() + " " + axis.title(), String.join(" ", axis.lines()), "nothing dropped from " + axis);
        }
        RadarChart.Axis zh = chart(exampleZh, 0).axes().get(4);
        assertEquals(List.of("1.5 数据驱动思", "维与AI评估迭代"), zh.lines(), "balanced, no ideograph left alone");
        RadarChart.Axis longest = chart(example, 0).axes().get(4);
        assertEquals(List.of("1.5 Data-Driven Thinking", "and AI Evaluation and", "Iteration"), longest.lines());
    }

    @Test
    void the_svg_is_well_formed_with_one_ring_per_tier_one_axis_per_dimension_and_one_polygon_per_profile() throws Exception {
        RadarChart aipm = chart(example, 0);
        Document svg = parse(aipm.svg());
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        NodeList polygons = root.getElementsByTagName("polygon");
        assertEquals(3 + 2, polygons.getLength(), "three rings and two profiles");
        assertEquals(7, root.getElementsByTagName("line").getLength());
        String text = root.getTextContent();
        assertTrue(text.contains("1 Foundation") && text.contains("3 Expert"), text);
        assertTrue(text.contains("Senior AI Product Manager"), text);
        assertTrue(root.getElementsByTagName("title").item(0).getTextContent()
                .startsWith("Competency radar of AI Product Manager: Junior AI Product Manager targets 1.1 Practitioner, 1.2 Foundation"));
        assertEquals(String.valueOf((int) aipm.width()), root.getAttribute("width"));
    }

    @Test
    void a_profile_polygon_reaches_its_target_ring_on_each_axis() throws Exception {
        RadarChart aipm = chart(example, 0);
        Element root = parse(aipm.svg()).getDocumentElement();
        NodeList polygons = root.getElementsByTagName("polygon");
        double[][] outerRing = coordinates(((Element) polygons.item(2)).getAttribute("points"));
        double[][] senior = coordinates(((Element) polygons.item(4)).getAttribute("points"));
        // the senior profile targets tier 3 (the outer ring) on the first axis, tier 2 on the second
        assertEquals(outerRing[0][0], senior[0][0], 0.1);
        assertEquals(outerRing[0][1], senior[0][1], 0.1);
        double[][] middleRing = coordinates(((Element) polygons.item(1)).getAttribute("points"));
        assertEquals(middleRing[1][0], senior[1][0], 0.1);
        assertEquals(middleRing[1][1], senior[1][1], 0.1);
    }

    @Test
    void hostile_texts_are_escaped_in_the_svg(@TempDir Path folder) throws Exception {
        EditionView hostile = TestStandards.view(HostileStandard.writeTo(folder), null);
        RoleView role = hostile.roles().get(0);
        String svg = RadarChart.forRole(hostile, role).orElseThrow().svg();
        Element root = parse(svg).getDocumentElement();
        assertEquals(0, root.getElementsByTagName("script").getLength());
        assertEquals(0, root.getElementsByTagName("image").getLength());
        assertTrue(root.getTextContent().contains("<svg onload=\"alert(1)\"> &lt;lead&gt;"), root.getTextContent());
        assertTrue(root.getTextContent().contains("<i>Foundation</i>"), root.getTextContent());
    }

    @Test
    void a_role_without_profiles_has_no_chart(@TempDir Path folder) throws Exception {
        EditionView sample = TestStandards.view(TestStandards.sample(), null);
        for (RoleView role : sample.roles()) {
            boolean profiled = sample.profiles().stream().anyMatch(p -> p.role() != null && p.role().fullId().equals(role.fullId()));
            assertEquals(profiled, RadarChart.forRole(sample, role).isPresent(), role.id());
        }
    }

    @Test
    void the_same_source_gives_the_same_svg() {
        EditionView again = TestStandards.view(TestStandards.example(), null);
        assertEquals(chart(example, 1).svg(), chart(again, 1).svg());
    }

    @Test
    void java2d_draws_the_profiles_in_their_colours() {
        RadarChart aipm = chart(example, 0);
        BufferedImage image = new BufferedImage((int) aipm.width(), (int) aipm.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        aipm.paint(g);
        g.dispose();
        Element root;
        try {
            root = parse(aipm.svg()).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        double[][] senior = coordinates(((Element) root.getElementsByTagName("polygon").item(4)).getAttribute("points"));
        // the senior polygon's outline (2 px, orange) passes through its first vertex
        int rgb = image.getRGB((int) Math.round(senior[0][0]), (int) Math.round(senior[0][1]) + 1) & 0xffffff;
        int red = rgb >> 16 & 0xff;
        int blue = rgb & 0xff;
        assertTrue(red > 150 && blue < 120, () -> "orange expected, got " + Integer.toHexString(rgb));
        assertEquals(0xffffff, image.getRGB(2, 2) & 0xffffff, "white background");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static double[][] coordinates(String points) {
        String[] pairs = points.trim().split(" ");
        double[][] result = new double[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            result[i] = new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
        }
        return result;
    }

    @Test
    void charts_exist_for_every_role_of_the_example() {
        assertFalse(example.profiles().isEmpty());
        for (RoleView role : example.roles()) {
            assertTrue(RadarChart.forRole(example, role).isPresent(), role.id());
        }
    }
}
