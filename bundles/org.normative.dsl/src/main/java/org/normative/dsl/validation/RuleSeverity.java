package org.normative.dsl.validation;

import java.util.Locale;
import java.util.Optional;

/** The severity a rule reports with; {@code OFF} silences it. */
public enum RuleSeverity {
    ERROR, WARNING, INFO, OFF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleSeverity> parse(String text) {
        for (RuleSeverity severity : values()) {
            if (severity.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
