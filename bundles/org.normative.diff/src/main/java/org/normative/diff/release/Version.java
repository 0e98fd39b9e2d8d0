package org.normative.diff.release;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normative.diff.Semver;

/**
 * A release version {@code MAJOR.MINOR.PATCH}, optionally a pre-release of it
 * ({@code 1.1.0-rc.1}, {@code 2.0.0-alpha}), ordered by the precedence of Semantic Versioning
 * 2.0.0: {@code 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta < 1.0.0-rc.1 < 1.0.0 < 1.1.0-rc.1}.
 * Build metadata ({@code +build.5}) is not a release version.
 *
 * @param preRelease the dot-separated pre-release identifiers, empty for a release
 */
public record Version(int major, int minor, int patch, List<String> preRelease) implements Comparable<Version> {

    private static final String NUMBER = "(0|[1-9]\\d{0,8})";
    /** A numeric identifier without leading zeros, or an alphanumeric one (letters, digits, '-', not only digits). */
    private static final String IDENTIFIER = "(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)";
    private static final Pattern VERSION = Pattern.compile(
            NUMBER + "\\." + NUMBER + "\\." + NUMBER + "(?:-(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*))?");
    private static final Pattern TAG = Pattern.compile("v?" + VERSION.pattern());

    public Version {
        preRelease = List.copyOf(preRelease);
    }

    /** A release (no pre-release part). */
    public Version(int major, int minor, int patch) {
        this(major, minor, patch, List.of());
    }

    /** {@code 1.2.3} or {@code 1.2.3-rc.1}; empty when the text is no such version. */
    public static Optional<Version> parse(String text) {
        return of(VERSION.matcher(text));
    }

    /** The version of a release tag, {@code 1.2.3}, {@code v1.2.3} or {@code v1.2.3-rc.1}; empty for other tags. */
    public static Optional<Version> ofTag(String tag) {
        return of(TAG.matcher(tag));
    }

    private static Optional<Version> of(Matcher matcher) {
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> preRelease = matcher.group(4) == null ? List.of() : List.of(matcher.group(4).split("\\."));
        return Optional.of(new Version(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)), preRelease));
    }

    /** Whether this is a pre-release ({@code 1.1.0-rc.1}). */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** The release this is a pre-release of ({@code 1.1.0} for {@code 1.1.0-rc.1}); itself for a release. */
    public Version release() {
        return isPreRelease() ? new Version(major, minor, patch) : this;
    }

    /**
     * The part of the version number that changes from {@code earlier} to this (later) version:
     * {@link Semver#MAJOR} when the major number grew, {@link Semver#MINOR} when the minor number
     * grew under the same major, {@link Semver#PATCH} otherwise (also from a pre-release to a
     * later pre-release or to the release of the same number), {@link Semver#NONE} when this
     * version is not greater. Pre-releases count with their number: {@code 1.0.0 → 2.0.0-rc.1} is
     * a major step.
     */
    public Semver bumpFrom(Version earlier) {
        if (compareTo(earlier) <= 0) {
            return Semver.NONE;
        }
        if (major != earlier.major) {
            return Semver.MAJOR;
        }
        return minor != earlier.minor ? Semver.MINOR : Semver.PATCH;
    }

    /** Semantic Versioning 2.0.0 precedence (§11). */
    @Override
    public int compareTo(Version other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, other.patch);
        }
        if (c != 0) {
            return c;
        }
        // a pre-release comes before its release
        if (isPreRelease() != other.isPreRelease()) {
            return isPreRelease() ? -1 : 1;
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            c = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    /** Numeric identifiers by number and before alphanumeric ones; alphanumeric ones in ASCII order. */
    private static int compareIdentifiers(String a, String b) {
        boolean numericA = a.chars().allMatch(Character::isDigit);
        boolean numericB = b.chars().allMatch(Character::isDigit);
        if (numericA && numericB) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (isPreRelease() ? "-" + String.join(".", preRelease) : "");
    }
}
