package org.normative.dsl.project;

import java.util.List;

import org.normative.dsl.validation.RuleSeverity;

/** The findings of a validation, in file, line and column order, and the size of what was checked. */
public record ValidationReport(List<Finding> findings, Statistics statistics) {

    public long count(RuleSeverity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(RuleSeverity.ERROR) > 0;
    }
}
