package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.normative.dsl.project.ProjectException;
import org.normative.publish.view.EditionBuilder;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.RoleView;

/** The format-neutral view of the example and of the sample: numbers, order, language and labels. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EditionViewTest {

    private static EditionView example;
    private static EditionView exampleZh;
    private static EditionView sample;

    @BeforeAll
    static void load() {
        example = TestStandards.view(TestStandards.example(), null);
        exampleZh = TestStandards.view(TestStandards.example(), "zh");
        sample = TestStandards.view(TestStandards.sample(), null);
    }

    @Test
    void roles_dimensions_and_points_are_numbered_in_document_order_across_the_files() {
        RoleView aipm = example.roles().get(0);
        assertEquals("1", aipm.number());
        assertEquals("AIPM", aipm.id());
        DimensionView foundations = aipm.dimensions().get(0);
        assertEquals("1.1", foundations.number());
        assertEquals("AIPM.foundations", foundations.id());
        PointView corePoint = foundations.points().get(0);
        assertEquals("1.1.1", corePoint.number());
        assertEquals("AIPM.foundations.core-product", corePoint.id());
        assertEquals("apd.ai-competency.AIPM.foundations.core-product", corePoint.fullId());
        assertEquals("1.1.4", foundations.points().get(3).number());
        assertEquals("1.2", aipm.dimensions().get(1).number());

        RoleView aie = example.roles().get(1);
        assertEquals("2", aie.number());
        assertEquals("AIE", aie.id());
        assertEquals("2.1.1", aie.dimensions().get(0).points().get(0).number());
        assertEquals(2, example.roles().size());
    }

    @Test
    void the_example_has_14_dimensions_69_points_and_207_criteria() {
        EditionView.Statistics statistics = example.statistics();
        assertEquals(new EditionView.Statistics(2, 14, 69, 207), statistics);
        // every number is unique and every point's criteria are grouped by the scheme's tiers
        List<PointView> points = example.points();
        assertEquals(69, points.stream().map(PointView::number).distinct().count());
        for (PointView point : points) {
            assertEquals(List.of(1, 2, 3), point.criteriaByTier().stream().map(group -> group.tier().level()).toList());
            assertEquals(point.criteria().size(), point.criteriaByTier().stream().mapToInt(group -> group.criteria().size()).sum());
        }
    }

    @Test
    void labels_and_cross_references_carry_the_number_and_the_title() {
        PointView corePoint = example.roles().get(0).dimensions().get(0).points().get(0);
        assertEquals("1.1.1 Core Product Capabilities", corePoint.label());
        PointView valueStream = example.roles().get(0).dimensions().get(0).points().get(3);
        assertEquals("requires", valueStream.relations().get(0).kind());
        assertEquals("1.1.1 Core Product Capabilities", valueStream.relations().get(0).target().label());
        assertEquals("AIPM.foundations.core-product", valueStream.relations().get(0).target().id());
        assertFalse(valueStream.relations().get(0).target().external());

        // the sample: a relation across roles, and a deprecated point replaced by another
        PointView sampleValueStream = sample.roles().get(0).dimensions().get(0).points().get(1);
        EditionView.Ref related = sampleValueStream.relations().get(1).target();
        assertEquals("related", sampleValueStream.relations().get(1).kind());
        assertEquals("2.1.1", related.number());
        assertEquals("2.1.1 Value Stream Delivery Thinking", related.label());
        assertEquals("apd.ai-competency.AIE.value-thinking.value-delivery", related.fullId());
        PointView legacy = sample.roles().get(1).dimensions().get(0).points().get(1);
        assertEquals("deprecated", legacy.status());
        assertEquals("2.1.1 Value Stream Delivery Thinking", legacy.replacedBy().label());
        assertTrue(legacy.criteria().isEmpty());
    }

    @Test
    void the_chosen_language_is_used_where_a_text_is_translated_and_the_default_language_elsewhere() {
        RoleView aipm = exampleZh.roles().get(0);
        assertEquals("zh", exampleZh.language());
        assertEquals("en", exampleZh.defaultLanguage());
        assertEquals("AI产品经理", exampleZh.text(aipm.title()));
        assertEquals("1 AI产品经理", aipm.label());
        assertEquals("1.1 产品管理基础素养", aipm.dimensions().get(0).label());
        // the example's points have no Chinese titles: English
        PointView corePoint = aipm.dimensions().get(0).points().get(0);
        assertEquals("Core Product Capabilities", exampleZh.text(corePoint.title()));
        assertEquals("1.1.1 Core Product Capabilities", corePoint.label());
        assertEquals("en", corePoint.title().languageFor("zh"));
        assertEquals("基础级", exampleZh.text(exampleZh.tiers().get(0).name()));
        // the default edition keeps every language, the default first
        assertEquals(List.of("en", "zh"), List.copyOf(example.metadata().title().values().keySet()));
        assertEquals("AI Professional Competency Model", example.text(example.metadata().title()));
    }

    @Test
    void front_matter_principles_tiers_glossary_and_releases_are_in_source_order() {
        assertEquals(List.of("overview", "use"), example.sections().stream().map(EditionView.SectionView::id).toList());
        assertEquals(2, example.sections().get(0).paragraphs().size());
        assertEquals(List.of("authoritative", "practical", "differentiated", "enterprise"),
                example.principles().stream().map(EditionView.PrincipleView::id).toList());
        assertEquals(List.of("RAG", "MCP", "value-stream"), example.glossary().stream().map(EditionView.TermView::id).toList());
        assertEquals("apd.ai-competency.RAG", example.glossary().get(0).fullId());
        assertEquals(List.of("1.0.0", "1.1.0"), sample.releases().stream().map(EditionView.ReleaseView::version).toList());
        assertEquals("published", example.metadata().status());
        assertEquals("2026-11-01", example.metadata().issued());
        assertEquals("CC-BY-4.0", example.metadata().license());
        assertNull(sample.roles().get(1).description());
    }

    @Test
    void a_profile_targets_a_dimension_of_its_role_with_a_tier() {
        EditionView.ProfileView profile = sample.profiles().get(0);
        assertEquals("senior-aipm", profile.id());
        assertEquals("1 AI Product Manager", profile.role().label());
        assertEquals("1.1", profile.targets().get(0).target().number());
        assertEquals("AIPM.foundations", profile.targets().get(0).target().id());
        assertEquals(3, profile.targets().get(0).tier());
    }

    @Test
    void multi_line_texts_keep_their_line_breaks_as_newlines() {
        String paragraph = sample.text(sample.sections().get(0).paragraphs().get(0));
        assertTrue(paragraph.contains("AI Engineers.\nEach dimension"), paragraph);
        assertFalse(paragraph.contains("\r"));
    }

    @Test
    void a_language_the_standard_does_not_declare_is_refused() {
        ProjectException e = assertThrows(ProjectException.class,
                () -> EditionBuilder.build(TestStandards.load(TestStandards.example()), "fr"));
        assertEquals("'fr' is not a language of apd.ai-competency (languages: en, zh)", e.getMessage());
    }
}
