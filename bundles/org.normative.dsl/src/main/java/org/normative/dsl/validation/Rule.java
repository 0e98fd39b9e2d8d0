package org.normative.dsl.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The validation rules of the language: one table read by the validator, the configuration
 * ({@code normative.properties}) and the documentation ({@code docs/rules.md}). The id of a
 * rule is stable: it appears in every message, in SARIF output and in configuration files.
 */
public enum Rule {
    SYNTAX("syntax", RuleSeverity.ERROR, false,
            "The text does not follow the grammar of the language."),
    UNRESOLVED_REFERENCE("unresolved-reference", RuleSeverity.ERROR, false,
            "A reference names no point, dimension, role or standard that exists."),
    TIER_COVERAGE("tier-coverage", RuleSeverity.ERROR, true,
            "Every active point has at least one criterion at each tier of the tier scheme."),
    UNKNOWN_TIER("unknown-tier", RuleSeverity.ERROR, true,
            "A criterion names a tier that the tier scheme lacks."),
    TIER_ORDER("tier-order", RuleSeverity.ERROR, true,
            "The tiers of the scheme are numbered 1, 2, ... n in order."),
    UNIQUE_ID("unique-id", RuleSeverity.ERROR, true,
            "Ids are unique among the elements of the same kind in the same container, across files."),
    PREREQUISITE_CYCLE("prerequisite-cycle", RuleSeverity.ERROR, true,
            "The graph of 'requires' relations has no cycle."),
    EMPTY_TEXT("empty-text", RuleSeverity.ERROR, true,
            "A text or translation is empty or blank."),
    MISSING_TRANSLATION("missing-translation", RuleSeverity.WARNING, true,
            "A text lacks a translation into a declared language that other texts of its kind have."),
    UNKNOWN_LANGUAGE("unknown-language", RuleSeverity.ERROR, true,
            "A translation is in a language that the standard does not declare."),
    DEPRECATED_REFERENCE("deprecated-reference", RuleSeverity.WARNING, true,
            "A relation or profile refers to a deprecated point."),
    REPLACED_BY_TARGET("replaced-by-target", RuleSeverity.ERROR, true,
            "The point named by 'replaced-by' is an active point other than the deprecated one."),
    VERSION_FORMAT("version-format", RuleSeverity.ERROR, true,
            "Versions of the standard and of its releases are semantic versions (MAJOR.MINOR.PATCH)."),
    DATE_FORMAT("date-format", RuleSeverity.ERROR, true,
            "Dates are real calendar dates (yyyy-mm-dd)."),
    RELEASE_HISTORY("release-history", RuleSeverity.WARNING, true,
            "An approved or published standard lists its own version in its releases, each version once."),
    DUPLICATE_CRITERION("duplicate-criterion", RuleSeverity.WARNING, true,
            "Two criteria of a point say the same thing."),
    PROFILE_TARGET("profile-target", RuleSeverity.ERROR, true,
            "A profile targets dimensions or points of its own role, each once, at tiers of the scheme."),
    CRITERION_STYLE("criterion-style", RuleSeverity.INFO, true,
            "A criterion starts with an observable verb, not 'understands', 'knows' or 'is aware of'."),
    PLACEHOLDER("placeholder", RuleSeverity.WARNING, true,
            "No text or translation is a placeholder starting with 'TODO:', 'TBD:' or 'FIXME:'.");

    private final String id;
    private final RuleSeverity defaultSeverity;
    private final boolean configurable;
    private final String summary;

    Rule(String id, RuleSeverity defaultSeverity, boolean configurable, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.configurable = configurable;
        this.summary = summary;
    }

    /** The stable id, e.g. {@code tier-coverage}. */
    public String id() {
        return id;
    }

    public RuleSeverity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether a project may change the severity (syntax and reference errors always stay errors). */
    public boolean configurable() {
        return configurable;
    }

    public String summary() {
        return summary;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
