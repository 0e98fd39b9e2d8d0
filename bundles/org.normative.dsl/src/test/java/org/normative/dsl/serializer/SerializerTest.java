package org.normative.dsl.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.TestFiles;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.dsl.validation.RuleSeverity;
import org.normative.model.Criterion;
import org.normative.model.Dimension;
import org.normative.model.NormativeFactory;
import org.normative.model.Point;
import org.normative.model.PointStatus;
import org.normative.model.Profile;
import org.normative.model.ProfileTarget;
import org.normative.model.Relation;
import org.normative.model.RelationKind;
import org.normative.model.Release;
import org.normative.model.Role;
import org.normative.model.Standard;
import org.normative.model.StandardStatus;
import org.normative.model.Term;
import org.normative.model.Text;
import org.normative.model.Tier;
import org.normative.model.TierScheme;
import org.normative.model.Translation;

/**
 * Saving models through Xtext's serializer: a standard built with {@link NormativeFactory} is
 * written in the canonical layout and loads, links and validates again; a parsed standard that is
 * changed and saved keeps its comments.
 */
class SerializerTest {

    private static final NormativeFactory FACTORY = NormativeFactory.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void aStandardBuiltInCodeIsSavedInTheCanonicalLayoutAndLoadsAgain() throws Exception {
        Path file = temp.resolve("demo/standard.norm");
        Files.createDirectories(file.getParent());
        XtextResourceSet resourceSet = StandardProject.injector().getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(standard());
        resource.save(SaveOptions.newBuilder().format().getOptions().toOptionsMap());

        String text = Files.readString(file);
        for (String statement : List.of(
                "standard demo.serializer version 1.0.0 {\n",
                "\n    title \"Serializer Demo\" @zh \"序列化示例\"\n",
                "\n    status candidate\n",
                "\n    issued 2026-05-01\n",
                "\n    languages en, zh\n",
                "\n    license \"CC-BY-4.0\"\n",
                "\n    tiers {\n        tier 1 \"Foundation\" \"Applies it under guidance.\"\n",
                "\n        tier 2 \"Practitioner\" \"Applies it independently.\"\n    }\n",
                "\n    role AIPM \"AI Product Manager\" @zh \"AI产品经理\" {\n",
                "\n        dimension foundations \"Foundations\" {\n",
                "\n            point core-product \"Core Product Capabilities\" {\n",
                "\n                criterion 1 \"Explains a product strategy.\"\n",
                "\n                criterion 2 strategy \"Writes a product strategy.\"\n",
                "\n                requires core-product\n",
                "\n                status deprecated\n",
                "\n                replaced-by value-stream\n",
                "\n    profile senior-aipm \"Senior AI Product Manager\" for AIPM {\n        foundations 2\n",
                "\n    term RAG \"Retrieval-Augmented Generation\"\n        \"Grounds answers in retrieved documents.\"\n",
                "\n    release 1.0.0 2026-05-01 \"First edition.\"\n}\n")) {
            assertTrue(text.contains(statement), () -> "missing:\n" + statement + "\nin:\n" + text);
        }

        StandardProject project = StandardProject.load(List.of(file.getParent()), Progress.NONE);
        assertEquals(text, project.format(file), "the saved text is in the canonical layout");
        ValidationReport report = project.validate(Progress.NONE);
        assertEquals(List.of(), report.findings().stream().filter(f -> f.severity() == RuleSeverity.ERROR).toList(),
                () -> describe(report.findings()));

        Standard loaded = project.standards().get(0);
        assertEquals(StandardStatus.CANDIDATE, loaded.getStatus());
        assertEquals(List.of("en", "zh"), loaded.getLanguages());
        assertEquals("序列化示例", loaded.getTitle().getTranslations().get(0).getValue());
        Role role = loaded.getRoles().get(0);
        Point core = role.getDimensions().get(0).getPoints().get(0);
        Point stream = role.getDimensions().get(0).getPoints().get(1);
        Point legacy = role.getDimensions().get(0).getPoints().get(2);
        Relation requires = stream.getRelations().get(0);
        assertEquals(RelationKind.REQUIRES, requires.getKind());
        assertFalse(requires.getTarget().eIsProxy());
        assertSame(core, requires.getTarget());
        assertEquals(PointStatus.DEPRECATED, legacy.getStatus());
        assertFalse(legacy.getReplacedBy().eIsProxy());
        assertSame(stream, legacy.getReplacedBy());
        Profile profile = loaded.getProfiles().get(0);
        assertSame(role, profile.getRole());
        assertSame(role.getDimensions().get(0), profile.getTargets().get(0).getElement());
        assertSame(stream, profile.getTargets().get(1).getElement());
        assertEquals("strategy", core.getCriteria().get(1).getId());
    }

    @Test
    void aChangedStandardKeepsTheCommentsOfItsFile() throws Exception {
        Path folder = temp.resolve("messy");
        Files.createDirectories(folder);
        Path file = folder.resolve("messy.norm");
        // the expected layout of the formatter test: canonical, with comments in many places
        String original = Files.readString(TestFiles.testResource("formatter/messy.expected.norm"));
        Files.writeString(file, original);

        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        XtextResource resource = project.resource(file);
        Standard standard = project.standards().get(0);
        Point a = standard.getRoles().get(0).getDimensions().get(0).getPoints().get(0);
        assertEquals("a", a.getId());
        a.getTitle().setValue("Point A");
        Criterion added = FACTORY.createCriterion();
        added.setTier(1);
        added.setId("a4");
        added.setStatement(text("Another tier-1 criterion."));
        a.getCriteria().add(added);
        resource.save(SaveOptions.newBuilder().format().getOptions().toOptionsMap());

        String saved = Files.readString(file);
        String expected = original
                .replace("point a \"A\" {", "point a \"Point A\" {")
                .replace("                criterion 3 \"C3.\" @zh \"标准3\"\n",
                        "                criterion 3 \"C3.\" @zh \"标准3\"\n                criterion 1 a4 \"Another tier-1 criterion.\"\n");
        assertEquals(comments(original), comments(saved));
        assertEquals(expected, saved);

        // saved without formatting: the changed lines are serialized, the rest of the file is kept
        a.getTitle().setValue("A");
        a.getCriteria().remove(added);
        resource.save(SaveOptions.defaultOptions().toOptionsMap());
        String unformatted = Files.readString(file);
        assertEquals(comments(original), comments(unformatted));
        assertEquals(original, unformatted);
    }

    @Test
    void theSampleAndTheExampleAreSavedUnchanged() throws Exception {
        Path folder = temp.resolve("files");
        Files.createDirectories(folder);
        List<Path> originals = new ArrayList<>(List.of(TestFiles.sample()));
        try (var files = Files.list(TestFiles.example())) {
            files.filter(f -> f.toString().endsWith(".norm")).sorted().forEach(originals::add);
        }
        for (Path original : originals) {
            Path sub = Files.createDirectories(folder.resolve(original.getParent().getFileName()));
            Files.copy(original, sub.resolve(original.getFileName()));
        }
        for (Path sub : List.of(folder.resolve(TestFiles.sample().getParent().getFileName()),
                folder.resolve(TestFiles.example().getFileName()))) {
            StandardProject project = StandardProject.load(List.of(sub), Progress.NONE);
            for (Path file : project.files()) {
                String before = Files.readString(file);
                project.resource(file).save(SaveOptions.newBuilder().format().getOptions().toOptionsMap());
                assertEquals(before, Files.readString(file), file::toString);
                project.resource(file).save(SaveOptions.defaultOptions().toOptionsMap());
                assertEquals(before, Files.readString(file), file::toString);
            }
        }
    }

    @Test
    void aParsedStandardKeepsTheOrderOfItsStatements() throws Exception {
        Path folder = temp.resolve("order");
        Files.createDirectories(folder);
        Path file = folder.resolve("order.norm");
        String original = """
                standard demo.order version 1.0.0 {
                    license "CC0"
                    languages en
                    title "Order"

                    principle first "First"
                        "A principle before the section."

                    section intro "Intro" {
                        "Text."
                    }

                    release 0.9.0 2026-01-01

                    term T "Term"
                        "A term between releases."

                    release 1.0.0 2026-02-01
                }
                """;
        Files.writeString(file, original);
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        Standard standard = project.standards().get(0);
        standard.getLanguages().add("zh");
        standard.setIssued("2026-02-01");
        // draft is the default status: EMF does not tell it from no status, and it is not written
        standard.setStatus(StandardStatus.DRAFT);
        Term term = FACTORY.createTerm();
        term.setId("U");
        term.setTitle(text("Another term"));
        term.setDefinition(text("Says \"hi\", keeps a \\ backslash,\nbreaks lines\tand tabs."));
        standard.getTerms().add(term);
        Release release = FACTORY.createRelease();
        release.setVersion("1.1.0");
        release.setDate("2026-03-01");
        standard.getReleases().add(release);
        project.resource(file).save(SaveOptions.newBuilder().format().getOptions().toOptionsMap());

        // new statements follow the statement before them in the rule's order
        assertEquals("""
                standard demo.order version 1.0.0 {
                    license "CC0"
                    languages en, zh
                    title "Order"
                    issued 2026-02-01

                    principle first "First"
                        "A principle before the section."

                    section intro "Intro" {
                        "Text."
                    }

                    release 0.9.0 2026-01-01

                    term T "Term"
                        "A term between releases."

                    term U "Another term"
                        "Says \\"hi\\", keeps a \\\\ backslash,
                breaks lines	and tabs."

                    release 1.0.0 2026-02-01
                    release 1.1.0 2026-03-01
                }
                """, Files.readString(file));
        StandardProject reloaded = StandardProject.load(List.of(folder), Progress.NONE);
        assertEquals("Says \"hi\", keeps a \\ backslash,\nbreaks lines\tand tabs.",
                reloaded.standards().get(0).getTerms().get(1).getDefinition().getValue());
    }

    @Test
    void aStandardWithoutItsVersionIsNotSaved() throws Exception {
        Path file = temp.resolve("invalid/standard.norm");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "the previous text\n");
        XtextResourceSet resourceSet = StandardProject.injector().getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString()));
        Standard standard = standard();
        standard.setVersion(null);
        resource.getContents().add(standard);
        // serialized in memory first: the file is written only when the serializer succeeds
        Map<Object, Object> options = new HashMap<>(SaveOptions.newBuilder().format().getOptions().toOptionsMap());
        options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        RuntimeException error = assertThrows(RuntimeException.class, () -> resource.save(options));
        assertTrue(error.getMessage().contains("version"), error::getMessage);
        assertEquals("the previous text\n", Files.readString(file));

        // saved straight to the file, the failed save leaves what was written before the failure
        assertThrows(RuntimeException.class,
                () -> resource.save(SaveOptions.newBuilder().format().getOptions().toOptionsMap()));
        assertEquals("", Files.readString(file));
    }

    // ------------------------------------------------------------------ the standard

    private static Standard standard() {
        Standard standard = FACTORY.createStandard();
        standard.setId("demo.serializer");
        standard.setVersion("1.0.0");
        standard.setTitle(text("Serializer Demo", "zh", "序列化示例"));
        standard.setStatus(StandardStatus.CANDIDATE);
        standard.setIssued("2026-05-01");
        standard.getLanguages().addAll(List.of("en", "zh"));
        standard.setLicense("CC-BY-4.0");

        TierScheme tiers = FACTORY.createTierScheme();
        tiers.getTiers().add(tier(1, "Foundation", "Applies it under guidance."));
        tiers.getTiers().add(tier(2, "Practitioner", "Applies it independently."));
        standard.setTierScheme(tiers);

        Role role = FACTORY.createRole();
        role.setId("AIPM");
        role.setTitle(text("AI Product Manager", "zh", "AI产品经理"));
        role.setDescription(text("Bridges AI capabilities and business value."));
        standard.getRoles().add(role);

        Dimension dimension = FACTORY.createDimension();
        dimension.setId("foundations");
        dimension.setTitle(text("Foundations"));
        dimension.setDefinition(text("The professional foundation of an AI Product Manager."));
        role.getDimensions().add(dimension);

        Point core = point("core-product", "Core Product Capabilities");
        core.setScope(text("Product strategy, roadmaps and requirements."));
        core.getCriteria().add(criterion(1, null, "Explains a product strategy."));
        core.getCriteria().add(criterion(2, "strategy", "Writes a product strategy."));
        Point stream = point("value-stream", "Value Stream Management");
        stream.getCriteria().add(criterion(1, null, "Describes the stages of a product's value stream."));
        stream.getCriteria().add(criterion(2, null, "Maps the value stream of one product."));
        Relation requires = FACTORY.createRelation();
        requires.setKind(RelationKind.REQUIRES);
        requires.setTarget(core);
        stream.getRelations().add(requires);
        Point legacy = point("legacy", "Task-Oriented Delivery");
        legacy.setStatus(PointStatus.DEPRECATED);
        legacy.setReplacedBy(stream);
        legacy.setScope(text("Superseded by Value Stream Management."));
        dimension.getPoints().addAll(List.of(core, stream, legacy));

        Profile profile = FACTORY.createProfile();
        profile.setId("senior-aipm");
        profile.setTitle(text("Senior AI Product Manager"));
        profile.setRole(role);
        profile.getTargets().add(target(dimension, 2));
        profile.getTargets().add(target(stream, 2));
        standard.getProfiles().add(profile);

        Term term = FACTORY.createTerm();
        term.setId("RAG");
        term.setTitle(text("Retrieval-Augmented Generation"));
        term.setDefinition(text("Grounds answers in retrieved documents."));
        standard.getTerms().add(term);

        Release release = FACTORY.createRelease();
        release.setVersion("1.0.0");
        release.setDate("2026-05-01");
        release.setSummary(text("First edition."));
        standard.getReleases().add(release);
        return standard;
    }

    private static Text text(String value) {
        Text text = FACTORY.createText();
        text.setValue(value);
        return text;
    }

    private static Text text(String value, String language, String translated) {
        Text text = text(value);
        Translation translation = FACTORY.createTranslation();
        translation.setLanguage(language);
        translation.setValue(translated);
        text.getTranslations().add(translation);
        return text;
    }

    private static Tier tier(int level, String name, String description) {
        Tier tier = FACTORY.createTier();
        tier.setLevel(level);
        tier.setName(text(name));
        tier.setDescription(text(description));
        return tier;
    }

    private static Point point(String id, String title) {
        Point point = FACTORY.createPoint();
        point.setId(id);
        point.setTitle(text(title));
        return point;
    }

    private static Criterion criterion(int tier, String id, String statement) {
        Criterion criterion = FACTORY.createCriterion();
        criterion.setTier(tier);
        criterion.setId(id);
        criterion.setStatement(text(statement));
        return criterion;
    }

    private static ProfileTarget target(org.normative.model.Element element, int tier) {
        ProfileTarget target = FACTORY.createProfileTarget();
        target.setElement(element);
        target.setTier(tier);
        return target;
    }

    // ------------------------------------------------------------------ helpers

    private List<String> comments(String text) throws Exception {
        Path folder = Files.createTempDirectory(temp, "comments");
        Path file = folder.resolve("comments.norm");
        Files.writeString(file, text);
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        List<String> comments = new ArrayList<>();
        for (ILeafNode leaf : project.resource(file).getParseResult().getRootNode().getLeafNodes()) {
            if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
                    && rule.getName().endsWith("_COMMENT")) {
                comments.add(leaf.getText());
            }
        }
        return comments;
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.file().getFileName() + ":" + f.line() + ":" + f.column() + ": "
                + f.severity().label() + ": [" + f.rule() + "] " + f.message()).collect(Collectors.joining("\n"));
    }
}
