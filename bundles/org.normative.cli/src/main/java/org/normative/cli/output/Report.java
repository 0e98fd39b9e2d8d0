package org.normative.cli.output;

import java.io.PrintWriter;

import org.normative.dsl.project.ValidationReport;

/** Prints a validation report in one format: findings on {@code out}, anything else on {@code err}. */
public interface Report {

    void write(ValidationReport report, PrintWriter out, PrintWriter err);

    /** {@code 2 roles, 14 dimensions, 69 points, 207 criteria: 0 errors, 0 warnings} ({@link ValidationReport#summary()}). */
    static String summary(ValidationReport report) {
        return report.summary();
    }
}
