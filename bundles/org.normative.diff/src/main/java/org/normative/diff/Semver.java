package org.normative.diff;

import java.util.Locale;

/** How much of the version number a set of changes calls for, from the weakest to the strongest. */
public enum Semver {
    NONE, PATCH, MINOR, MAJOR;

    /** {@code none}, {@code patch}, {@code minor} or {@code major}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Semver max(Semver other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public String toString() {
        return label();
    }
}
