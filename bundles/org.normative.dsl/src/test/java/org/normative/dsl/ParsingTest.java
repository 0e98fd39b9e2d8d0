package org.normative.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.dsl.validation.RuleSeverity;
import org.normative.model.Point;
import org.normative.model.Relation;
import org.normative.model.Standard;

class ParsingTest {

    @Test
    void theSampleParsesLinksAndValidatesWithoutErrors() throws Exception {
        StandardProject project = StandardProject.load(List.of(TestFiles.sample()), Progress.NONE);
        ValidationReport report = project.validate(Progress.NONE);
        assertEquals(0, report.count(RuleSeverity.ERROR), () -> describe(report.findings()));

        Standard standard = project.standards().get(0);
        assertEquals("apd.ai-competency", standard.getId());
        assertEquals("1.1.0", standard.getVersion());
        assertEquals("AI专业能力模型", standard.getTitle().getTranslations().get(0).getValue());
        assertEquals(List.of("en", "zh"), standard.getLanguages());
        assertEquals(3, standard.getTierScheme().getTiers().size());
        assertEquals(2, standard.getReleases().size());

        Point valueStream = standard.getRoles().get(0).getDimensions().get(0).getPoints().get(1);
        assertEquals("value-stream", valueStream.getId());
        Relation requires = valueStream.getRelations().get(0);
        Relation related = valueStream.getRelations().get(1);
        assertFalse(requires.getTarget().eIsProxy());
        assertEquals("core-product", requires.getTarget().getId());
        assertFalse(related.getTarget().eIsProxy());
        assertEquals("value-delivery", related.getTarget().getId());
        assertEquals("AIE", ((org.normative.model.Role) related.getTarget().eContainer().eContainer()).getId());

        Point legacy = standard.getRoles().get(1).getDimensions().get(0).getPoints().get(1);
        assertEquals("value-delivery", legacy.getReplacedBy().getId());
        assertTrue(EcoreUtil.getAllContents(standard, true).hasNext());
        assertEquals("foundations", standard.getProfiles().get(0).getTargets().get(0).getElement().getId());
    }

    @Test
    void theTestCopyOfTheSampleIsTheSyntaxContractAsWritten() throws Exception {
        java.nio.file.Path contract = TestFiles.root().resolve("../shared/design/sample.norm").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(contract),
                "the shared design folder is not next to this checkout");
        assertEquals(java.nio.file.Files.readString(contract), java.nio.file.Files.readString(TestFiles.sample()));
    }

    @Test
    void theExampleIsCompleteAndValidatesWithoutErrorsOrWarnings() throws Exception {
        StandardProject project = StandardProject.load(List.of(TestFiles.example()), Progress.NONE);
        ValidationReport report = project.validate(Progress.NONE);
        List<Finding> problems = report.findings().stream()
                .filter(f -> f.severity() != RuleSeverity.INFO).toList();
        assertEquals(List.of(), problems, () -> describe(problems));
        assertEquals(2, report.statistics().roles());
        assertEquals(14, report.statistics().dimensions());
        assertEquals(69, report.statistics().points());
        assertEquals(207, report.statistics().criteria());
        assertEquals(0, report.count(RuleSeverity.INFO), () -> describe(report.findings()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "version 1.1.0 {|version 1 . 1.0 {|5",
        "related AIE.value-thinking.value-delivery|related AIE . value-thinking.value-delivery|50"})
    void spacesInsideAnIdPathOrAVersionAreSyntaxErrors(String original, String spaced, int line,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = java.nio.file.Files.readString(TestFiles.sample());
        assertTrue(text.contains(original));
        java.nio.file.Path file = dir.resolve("spaced.norm");
        java.nio.file.Files.writeString(file, text.replace(original, spaced));
        ValidationReport report = StandardProject.load(List.of(file), Progress.NONE).validate(Progress.NONE);
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("syntax") && f.line() == line),
                () -> describe(report.findings()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "point core-product \"Core Product Capabilities\" @zh|point scope \"Core Product Capabilities\" @zh|'scope' is a keyword of the language and cannot be used as an id here.",
        "criterion 1 \"Explains the parts of a product strategy, a roadmap and a PRD.\"|criterion 1|missing a text in double quotes"})
    void syntaxErrorsAreWrittenForCommitteeMembers(String original, String broken, String expected,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = java.nio.file.Files.readString(TestFiles.sample());
        assertTrue(text.contains(original), original);
        java.nio.file.Path file = dir.resolve("broken.norm");
        java.nio.file.Files.writeString(file, text.replace(original, broken));
        ValidationReport report = StandardProject.load(List.of(file), Progress.NONE).validate(Progress.NONE);
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("syntax") && f.message().contains(expected)),
                () -> describe(report.findings()));
        assertTrue(report.findings().stream().noneMatch(f -> f.message().contains("RULE_")), () -> describe(report.findings()));
    }

    @Test
    void aFileThatEndsTooEarlySaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("short.norm");
        java.nio.file.Files.writeString(file, "standard x version 1.0.0 {\n    title \"t\"\n");
        ValidationReport report = StandardProject.load(List.of(file), Progress.NONE).validate(Progress.NONE);
        assertEquals("the file ends where the language expects '}'", report.findings().get(0).message());
        assertEquals("syntax", report.findings().get(0).rule());
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.file().getFileName() + ":" + f.line() + ":" + f.column() + ": "
                + f.severity().label() + ": [" + f.rule() + "] " + f.message()).collect(Collectors.joining("\n"));
    }
}
