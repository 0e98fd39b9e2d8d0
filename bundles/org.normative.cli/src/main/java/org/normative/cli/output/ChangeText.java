package org.normative.cli.output;

import java.io.PrintWriter;

import org.normative.diff.Change;
import org.normative.diff.ChangeReport;
import org.normative.diff.text.Segment;

/**
 * The change report for a terminal: a heading with the versions and the semver advice, then a
 * line per change; reworded texts show their word-level changes ([-deleted-] {+inserted+}, or in
 * red and green at a terminal).
 */
final class ChangeText {

    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private ChangeText() {
    }

    static void write(ChangeReport report, PrintWriter out, boolean colours) {
        String heading = "Changes from " + report.from() + " to " + report.to() + ": " + count(report)
                + " (semver advice: " + report.semver().label() + ")";
        out.println(colours ? BOLD + heading + RESET : heading);
        for (Change change : report.changes()) {
            out.println("  " + change.summary() + detail(change, colours));
        }
    }

    private static String count(ChangeReport report) {
        int n = report.changes().size();
        return n == 0 ? "no changes" : n == 1 ? "1 change" : n + " changes";
    }

    private static String detail(Change change, boolean colours) {
        if (!change.words().isEmpty()) {
            StringBuilder text = new StringBuilder(": ");
            for (Segment segment : change.words()) {
                text.append(switch (segment.operation()) {
                    case EQUAL -> segment.text();
                    case DELETE -> colours ? RED + "[-" + segment.text() + "-]" + RESET : "[-" + segment.text() + "-]";
                    case INSERT -> colours ? GREEN + "{+" + segment.text() + "+}" + RESET : "{+" + segment.text() + "+}";
                });
            }
            return TextReport.oneLine(text.toString());
        }
        if (change.before() == null && change.after() == null) {
            return "";
        }
        return TextReport.oneLine(": " + quoted(change.before()) + " -> " + quoted(change.after()));
    }

    private static String quoted(String text) {
        return text == null ? "-" : "\"" + text + "\"";
    }
}
