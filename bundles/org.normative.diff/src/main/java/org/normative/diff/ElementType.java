package org.normative.diff;

import java.util.Locale;

/** What a {@link Change} is about. */
public enum ElementType {
    STANDARD, SECTION, PRINCIPLE, TIER, ROLE, DIMENSION, POINT, CRITERION, PROFILE, TERM, RELEASE;

    /** {@code standard}, {@code point}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Roles, dimensions and points: the competency tree, whose removal breaks users of the standard. */
    public boolean isTree() {
        return this == ROLE || this == DIMENSION || this == POINT;
    }

    @Override
    public String toString() {
        return label();
    }
}
