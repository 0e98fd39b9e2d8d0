package org.normative.dsl.project;

import java.nio.file.Path;

import org.normative.dsl.validation.RuleSeverity;

/**
 * One finding of validation: where (file, 1-based line and column), how bad, which rule, and
 * what to do about it.
 */
public record Finding(Path file, int line, int column, RuleSeverity severity, String rule, String message)
        implements Comparable<Finding> {

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
