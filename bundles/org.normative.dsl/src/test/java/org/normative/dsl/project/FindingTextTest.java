package org.normative.dsl.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.normative.dsl.validation.RuleSeverity;

/** The text of a finding and of the summary, shared by the CLI's text report and the Maven plugin. */
class FindingTextTest {

    private static final Path BASE = Path.of("/work/committee").toAbsolutePath();

    @Test
    void lineIsFileLineColumnSeverityRuleMessage() {
        Finding finding = new Finding(BASE.resolve("src/main/standard/standard.norm"), 12, 19, RuleSeverity.ERROR, "tier-coverage",
                "Point 'compile' has no criterion at tier 3 (Expert).");
        assertEquals("src/main/standard/standard.norm:12:19: error: [tier-coverage] Point 'compile' has no criterion at tier 3 (Expert).",
                finding.toLine(BASE));
    }

    @Test
    void fileOutsideTheBaseIsAbsoluteAndMessageIsOneLine() {
        Path file = BASE.resolveSibling("other/standard.norm");
        Finding finding = new Finding(file, 3, 5, RuleSeverity.WARNING, "duplicate-criterion", "first line\n   second line \r\n third");
        assertEquals(file + ":3:5: warning: [duplicate-criterion] first line second line third", finding.toLine(BASE));
        assertEquals(file.toString(), Finding.display(file, BASE));
        assertEquals("a/b.norm", Finding.display(BASE.resolve("x/../a/b.norm"), BASE));
    }

    @Test
    void summaryCountsWithSingularsAndInfosOnlyWhenThereAreSome() {
        Finding error = new Finding(BASE.resolve("a.norm"), 1, 1, RuleSeverity.ERROR, "r", "m");
        Finding info = new Finding(BASE.resolve("a.norm"), 2, 1, RuleSeverity.INFO, "r", "m");
        assertEquals("2 roles, 14 dimensions, 69 points, 207 criteria: 0 errors, 0 warnings",
                new ValidationReport(List.of(), new Statistics(1, 2, 14, 69, 207)).summary());
        assertEquals("1 role, 1 dimension, 1 point, 1 criterion: 1 error, 0 warnings, 1 info",
                new ValidationReport(List.of(error, info), new Statistics(1, 1, 1, 1, 1)).summary());
    }
}
