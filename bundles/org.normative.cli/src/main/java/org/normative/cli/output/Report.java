package org.normative.cli.output;

import java.io.PrintWriter;

import org.normative.dsl.project.ValidationReport;
import org.normative.dsl.validation.RuleSeverity;

/** Prints a validation report in one format: findings on {@code out}, anything else on {@code err}. */
public interface Report {

    void write(ValidationReport report, PrintWriter out, PrintWriter err);

    /** {@code 2 roles, 14 dimensions, 69 points, 207 criteria: 0 errors, 0 warnings}. */
    static String summary(ValidationReport report) {
        var stats = report.statistics();
        long errors = report.count(RuleSeverity.ERROR);
        long warnings = report.count(RuleSeverity.WARNING);
        long infos = report.count(RuleSeverity.INFO);
        String text = count(stats.roles(), "role", "roles") + ", " + count(stats.dimensions(), "dimension", "dimensions") + ", "
                + count(stats.points(), "point", "points") + ", " + count(stats.criteria(), "criterion", "criteria") + ": "
                + count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings");
        return infos > 0 ? text + ", " + count(infos, "info", "infos") : text;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
