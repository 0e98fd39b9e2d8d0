package org.normative.cli.output;

import java.io.PrintWriter;

import org.normative.cli.Paths;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.ValidationReport;

/** One line per finding, {@code file:line:col: severity: [rule-id] message}, then the summary. */
final class TextReport implements Report {

    @Override
    public void write(ValidationReport report, PrintWriter out, PrintWriter err) {
        for (Finding finding : report.findings()) {
            out.println(Paths.display(finding.file()) + ":" + finding.line() + ":" + finding.column() + ": "
                    + finding.severity().label() + ": [" + finding.rule() + "] " + oneLine(finding.message()));
        }
        out.println(Report.summary(report));
        out.flush();
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
