package org.normative.cli.output;

import java.io.PrintWriter;
import java.util.List;

import org.normative.diff.Change;
import org.normative.diff.ChangeReport;
import org.normative.diff.Semver;
import org.normative.diff.text.Segment;

/**
 * The change report as a changelog a committee pastes into its release notes: grouped into
 * breaking changes (major), additions (minor) and corrections (patch).
 */
final class ChangeMarkdown {

    private ChangeMarkdown() {
    }

    static void write(ChangeReport report, PrintWriter out) {
        out.println("## Changes from " + report.from() + " to " + report.to());
        out.println();
        if (report.changes().isEmpty()) {
            out.println("No changes.");
            return;
        }
        out.println("Semantic versioning advice: **" + report.semver().label() + "**.");
        section(out, "Breaking changes", report.changes().stream().filter(c -> c.semver() == Semver.MAJOR).toList());
        section(out, "Additions", report.changes().stream().filter(c -> c.semver() == Semver.MINOR).toList());
        section(out, "Corrections and clarifications", report.changes().stream().filter(c -> c.semver() == Semver.PATCH).toList());
        section(out, "Other", report.changes().stream().filter(c -> c.semver() == Semver.NONE).toList());
    }

    private static void section(PrintWriter out, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.println();
        out.println("### " + title);
        out.println();
        for (Change change : changes) {
            out.println("- " + line(change));
        }
    }

    private static String line(Change change) {
        StringBuilder text = new StringBuilder(capitalized(change.kind().label().replace('-', ' ')));
        if (!change.kind().label().startsWith(change.element().label())) {
            text.append(' ').append(change.element().label());
        }
        if (change.id() != null) {
            text.append(" `").append(change.id()).append('`');
        }
        if (change.to() != null) {
            text.append(" to `").append(change.to()).append('`');
        }
        if (change.tier() != null) {
            text.append(", tier ").append(change.tier());
        }
        if (change.field() != null) {
            text.append(", ").append(change.field());
        }
        if (change.language() != null) {
            text.append(" (").append(change.language()).append(')');
        }
        if (!change.words().isEmpty()) {
            text.append(": ");
            for (Segment segment : change.words()) {
                text.append(switch (segment.operation()) {
                    case EQUAL -> escape(segment.text());
                    case DELETE -> marked(segment.text(), "~~");
                    case INSERT -> marked(segment.text(), "**");
                });
            }
        } else if (change.before() != null || change.after() != null) {
            text.append(": ").append(change.before() == null ? "–" : "“" + escape(change.before()) + "”")
                    .append(" → ").append(change.after() == null ? "–" : "“" + escape(change.after()) + "”");
        }
        return TextReport.oneLine(text.toString());
    }

    /** {@code ~~text~~}, with surrounding spaces kept outside the markers (Markdown ignores markers next to spaces). */
    private static String marked(String text, String marker) {
        if (text.isBlank()) {
            return text;
        }
        String stripped = text.strip();
        int start = text.indexOf(stripped);
        return text.substring(0, start) + marker + escape(stripped) + marker + text.substring(start + stripped.length());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Markdown's own characters in the standard's text are printed literally. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1");
    }
}
