package org.normative.dsl.project;

import java.util.List;

import org.normative.dsl.validation.RuleSeverity;

/** The findings of a validation, in file, line and column order, and the size of what was checked. */
public record ValidationReport(List<Finding> findings, Statistics statistics) {

    public long count(RuleSeverity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(RuleSeverity.ERROR) > 0;
    }

    /**
     * The summary line that ends the text report of the CLI and of the Maven plugin:
     * {@code 2 roles, 14 dimensions, 69 points, 207 criteria: 0 errors, 0 warnings} (and
     * {@code , N infos} when there are notes).
     */
    public String summary() {
        long errors = count(RuleSeverity.ERROR);
        long warnings = count(RuleSeverity.WARNING);
        long infos = count(RuleSeverity.INFO);
        String text = count(statistics.roles(), "role", "roles") + ", " + count(statistics.dimensions(), "dimension", "dimensions")
                + ", " + count(statistics.points(), "point", "points") + ", " + count(statistics.criteria(), "criterion", "criteria")
                + ": " + count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings");
        return infos > 0 ? text + ", " + count(infos, "info", "infos") : text;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
