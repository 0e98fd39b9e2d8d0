package org.normative.dsl.project;

import java.nio.file.Path;

import org.normative.dsl.validation.RuleSeverity;

/**
 * One finding of validation: where (file, 1-based line and column), how bad, which rule, and
 * what to do about it.
 */
public record Finding(Path file, int line, int column, RuleSeverity severity, String rule, String message)
        implements Comparable<Finding> {

    /**
     * The finding as one line, {@code file:line:col: severity: [rule-id] message}: the text of
     * {@code normative validate} and of the Maven plugin's {@code validate} goal. The file is shown
     * relative to {@code base} when it is inside it (the CLI passes the working directory), else
     * as an absolute path; the message is joined into one line.
     */
    public String toLine(Path base) {
        return display(file, base) + ":" + line + ":" + column + ": " + severity.label() + ": [" + rule + "] " + oneLine(message);
    }

    /** {@code file} relative to {@code base} when it is inside it, else absolute; both normalized. */
    public static String display(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        if (base == null) {
            return absolute.toString();
        }
        Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    /** {@code text} on one line: every line break, with the blanks around it, becomes one space. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public int compareTo(Finding other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        if (line != other.line) {
            return Integer.compare(line, other.line);
        }
        if (column != other.column) {
            return Integer.compare(column, other.column);
        }
        return rule.compareTo(other.rule);
    }
}
