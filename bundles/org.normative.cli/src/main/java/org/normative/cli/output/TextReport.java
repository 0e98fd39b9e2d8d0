package org.normative.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.normative.dsl.project.Finding;
import org.normative.dsl.project.ValidationReport;

/**
 * One line per finding, {@code file:line:col: severity: [rule-id] message}, then the summary: the
 * text of {@link Finding#toLine} and {@link ValidationReport#summary()}, shared with the Maven plugin.
 */
final class TextReport implements Report {

    @Override
    public void write(ValidationReport report, PrintWriter out, PrintWriter err) {
        Path cwd = Path.of("");
        for (Finding finding : report.findings()) {
            out.println(finding.toLine(cwd));
        }
        out.println(report.summary());
        out.flush();
    }

    static String oneLine(String message) {
        return Finding.oneLine(message);
    }
}
