package org.normative.cli.output;

import java.io.PrintWriter;

import org.normative.diff.ChangeReport;

/** How {@code normative diff} prints a change report. */
public enum ChangeFormat {
    /** Readable in a terminal; word-level changes coloured when it is one. */
    TEXT,
    /** A changelog for release notes. */
    MARKDOWN,
    /** {@code {"from", "to", "semver", "changes": [...]}}. */
    JSON;

    public void write(ChangeReport report, PrintWriter out, boolean colours) {
        switch (this) {
            case TEXT -> ChangeText.write(report, out, colours);
            case MARKDOWN -> ChangeMarkdown.write(report, out);
            case JSON -> ChangeJson.write(report, out);
        }
        out.flush();
    }
}
