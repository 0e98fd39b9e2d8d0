package org.normative.dsl.ide.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.normative.dsl.ide.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.ide.NormativeIdeSetup;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Identified;
import org.normative.model.Standard;

import com.google.inject.Injector;

/** The hover text of the elements of real standards: the bundled example and the language's sample. */
class ElementDescriptionTest {

    private static StandardProject example;
    private static StandardProject sample;
    private static ElementDescription description;

    @BeforeAll
    static void load() throws Exception {
        example = StandardProject.load(List.of(TestFiles.root().resolve("examples/ai-competency-model")), Progress.NONE);
        sample = StandardProject.load(List.of(TestFiles.root().resolve("bundles/org.normative.dsl/src/test/resources/sample.norm")),
                Progress.NONE);
        description = StandardProject.injector().getInstance(ElementDescription.class);
    }

    @Test
    void aPointShowsItsIdTitleStatusScopeAndCriteriaByNamedTier() {
        // a point of a 'part of' file: the tier names come from the standard's own file
        String text = description.describe(find(example, "AIPM.foundations.value-stream"));
        assertEquals("""
                **End-to-End Value Stream Management**

                Point `AIPM.foundations.value-stream` of standard `apd.ai-competency`

                Status: active

                **Scope:** Full-lifecycle value stream management of AI products—from 0-to-1 initiation, \
                iterative optimization, launch and operations, to sunset—focused on sustained long-term value \
                delivery rather than phased handoffs

                **Tier 1 — Foundation**
                - Describes the lifecycle stages of an AI product from 0-to-1 initiation to sunset and the value \
                each stage is expected to deliver.

                **Tier 2 — Practitioner**
                - Maps the end-to-end value stream of one AI product, identifies its hand-off delays and tracks \
                a value metric across at least one release.

                **Tier 3 — Expert**
                - Leads portfolio-level value stream reviews that decide when AI products are invested in, \
                optimized or sunset.

                Requires: `AIPM.foundations.core-product` Core Product Capabilities""", text);
    }

    @Test
    void aPointShowsTheTranslationsOfItsTitleAndItsRelations() {
        String text = description.describe(find(sample, "AIPM.foundations.value-stream"));
        assertTrue(text.startsWith("**End-to-End Value Stream Management**\n\nPoint `AIPM.foundations.value-stream`"), text);
        String core = description.describe(find(sample, "AIPM.foundations.core-product"));
        assertTrue(core.startsWith("**Core Product Capabilities**\n\n*zh:* 核心产品能力\n\nPoint"), core);
        assertTrue(text.contains("Related: `AIE.value-thinking.value-delivery` Value Stream Delivery Thinking"), text);
    }

    @Test
    void aDeprecatedPointNamesItsReplacement() {
        String text = description.describe(find(sample, "AIE.value-thinking.legacy-handoff"));
        assertTrue(text.contains("Status: **deprecated**, replaced by `AIE.value-thinking.value-delivery` "
                + "Value Stream Delivery Thinking"), text);
        assertTrue(text.contains("No criteria."), text);
    }

    @Test
    void dimensionsRolesTermsAndTiersHaveTheirOwnDescriptions() {
        String dimension = description.describe(find(example, "AIPM.foundations"));
        assertTrue(dimension.startsWith("**Foundational Product Management Literacy**\n\n*zh:* 产品管理基础素养\n\n"
                + "Dimension `AIPM.foundations` of standard `apd.ai-competency`"), dimension);
        assertTrue(dimension.contains("**Definition:** The professional foundation of an AI Product Manager"), dimension);
        assertTrue(dimension.contains("4 points: `core-product`, `team-collaboration`, `acumen`, `value-stream`"), dimension);

        String role = description.describe(find(example, "AIPM"));
        assertTrue(role.contains("Role `AIPM`"), role);
        assertTrue(role.contains("7 dimensions, "), role);
        assertTrue(role.contains("- `foundations` Foundational Product Management Literacy"), role);

        String term = description.describe(find(example, "RAG"));
        assertTrue(term.startsWith("**Retrieval-Augmented Generation**\n\n*zh:* 检索增强生成\n\nTerm `RAG`"), term);

        Standard standard = example.standards().get(0);
        String tier = description.describe(standard.getTierScheme().getTiers().get(1));
        assertEquals("**Tier 2 — Practitioner**\n\n*zh:* 实践级\n\nApplies them independently on real products.", tier);

        // a criterion: its tier, and the point it belongs to
        EObject criterion = ((org.normative.model.Point) find(example, "AIPM.foundations.core-product")).getCriteria().get(2);
        String onCriterion = description.describe(criterion);
        assertTrue(onCriterion.startsWith("**Tier 3 — Expert**"), onCriterion);
        assertTrue(onCriterion.endsWith("Criterion of point `AIPM.foundations.core-product` Core Product Capabilities"), onCriterion);

        assertTrue(description.describe(standard).contains("Standard `apd.ai-competency` version "), description.describe(standard));
        // texts on their own have nothing to show
        assertNull(description.describe(standard.getTitle()));
    }

    @Test
    void textsAreShownAsWrittenNotAsMarkdown() {
        assertEquals("Uses \\*bold\\* \\<b\\> and \\_x\\_ \\`code\\` \\[link\\] \\# \\| \\& a\\\\b",
                ElementDescription.escape("Uses *bold* <b> and _x_ `code` [link] # | & a\\b"));
        assertEquals("two lines", ElementDescription.escape("two\n   lines"));
        assertEquals("\\- not a list item", ElementDescription.escape("- not a list item"));
        assertEquals("1\\. not a numbered item", ElementDescription.escape("1. not a numbered item"));
        assertEquals("1.0 is a version", ElementDescription.escape("1.0 is a version"));
    }

    @Test
    void theHoverServiceDescribesTheTargetOfAReferenceInAnotherFile(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("standard.norm"), """
                standard acme.hover version 1.0.0 {
                    title "Hover"
                    tiers {
                        tier 1 "Novice"
                        tier 2 "Adept"
                    }
                }
                """, StandardCharsets.UTF_8);
        String role = """
                part of acme.hover
                role ENG "Engineer" {
                    dimension build "Building" {
                        point compile "Compiling *sources*" {
                            scope "Turning sources into programs."
                            criterion 1 "Explains what a compiler does."
                            criterion 2 "Configures a build."
                        }
                        point link "Linking" {
                            criterion 1 "Explains linking."
                            criterion 2 "Fixes a missing symbol."
                            requires build.compile
                        }
                    }
                }
                """;
        Files.writeString(temp.resolve("eng.norm"), role, StandardCharsets.UTF_8);
        // the IDE services' own injector, as in the language server (without touching the global EMF registry)
        Injector injector = new NormativeIdeSetup().createInjector();
        XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(StandardProject.FILE_EXTENSION,
                injector.getInstance(IResourceFactory.class));
        resources.getResource(URI.createFileURI(temp.resolve("standard.norm").toString()), true);
        XtextResource eng = (XtextResource) resources.getResource(URI.createFileURI(temp.resolve("eng.norm").toString()), true);
        NormativeHoverService hover = injector.getInstance(NormativeHoverService.class);

        String onReference = hover.markdownAt(eng, role.indexOf("build.compile") + "build.".length());
        assertNotNull(onReference);
        assertTrue(onReference.startsWith("**Compiling \\*sources\\***\n\nPoint `ENG.build.compile` of standard `acme.hover`"),
                onReference);
        assertTrue(onReference.contains("**Scope:** Turning sources into programs."), onReference);
        assertTrue(onReference.contains("**Tier 1 — Novice**\n- Explains what a compiler does."), onReference);
        assertTrue(onReference.contains("**Tier 2 — Adept**\n- Configures a build."), onReference);

        String onDeclaration = hover.markdownAt(eng, role.indexOf("point link") + "point l".length());
        assertNotNull(onDeclaration);
        assertTrue(onDeclaration.contains("Point `ENG.build.link`"), onDeclaration);
        assertTrue(onDeclaration.contains("Requires: `ENG.build.compile` Compiling \\*sources\\*"), onDeclaration);

        assertNull(hover.markdownAt(eng, role.indexOf("Turning sources")), "no hover on a text");
    }

    private static EObject find(StandardProject project, String idPath) {
        for (var resource : project.resourceSet().getResources()) {
            for (var it = resource.getAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (object instanceof Identified && ElementDescription.idPath(object).equals(idPath)) {
                    return object;
                }
            }
        }
        throw new AssertionError("no element " + idPath);
    }
}
