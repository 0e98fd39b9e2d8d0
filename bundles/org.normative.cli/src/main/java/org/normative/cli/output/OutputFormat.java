package org.normative.cli.output;

/** How {@code normative validate} prints its findings. */
public enum OutputFormat {
    /** {@code file:line:col: severity: [rule-id] message} lines and a summary line. */
    TEXT(new TextReport()),
    /** A JSON array of {@code {file, line, column, severity, rule, message}} objects. */
    JSON(new JsonReport()),
    /** A SARIF 2.1.0 log, for code scanning in CI. */
    SARIF(new SarifReport());

    private final Report report;

    OutputFormat(Report report) {
        this.report = report;
    }

    public Report report() {
        return report;
    }
}
