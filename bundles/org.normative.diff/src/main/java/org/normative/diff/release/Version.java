package org.normative.diff.release;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normative.diff.Semver;

/** A release version {@code MAJOR.MINOR.PATCH} (no pre-release or build parts). */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    private static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");
    private static final Pattern TAG = Pattern.compile("v?" + VERSION.pattern());

    /** {@code 1.2.3}; empty when the text is no such version. */
    public static Optional<Version> parse(String text) {
        return of(VERSION.matcher(text));
    }

    /** The version of a release tag, {@code 1.2.3} or {@code v1.2.3}; empty for other tags. */
    public static Optional<Version> ofTag(String tag) {
        return of(TAG.matcher(tag));
    }

    private static Optional<Version> of(Matcher matcher) {
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Version(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }

    /**
     * The part of the version number that changes from {@code earlier} to this (later) version:
     * {@link Semver#MAJOR} when the major number grew, {@link Semver#MINOR} when the minor number
     * grew under the same major, {@link Semver#PATCH} otherwise, {@link Semver#NONE} when this
     * version is not greater.
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

    @Override
    public int compareTo(Version other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
