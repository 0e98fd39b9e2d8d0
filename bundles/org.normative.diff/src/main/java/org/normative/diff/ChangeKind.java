package org.normative.diff;

import java.util.Locale;

/** The kinds of change; see docs/diff.md for the table with examples and the semver rules. */
public enum ChangeKind {
    /** A role, dimension, point, tier, profile, section, principle, term or release is new. */
    ADDED,
    /** ... was removed. */
    REMOVED,
    /** A dimension or point keeps its own id but has a new parent; {@code to} is its new id path. */
    MOVED,
    /** The title (or a tier's name) changed. */
    RENAMED,
    /** A descriptive text changed: definition, scope, description, body, summary, paragraphs. */
    REWORDED,
    /** Only the position among its siblings changed. */
    REORDERED,
    /** Another property changed (a profile's role or targets, a release's date). */
    CHANGED,
    CRITERION_ADDED,
    CRITERION_REMOVED,
    CRITERION_REWORDED,
    /** A criterion with an explicit id moved to another tier. */
    CRITERION_RETIERED,
    /** {@code requires}, {@code related} or {@code aligns-with} (the field) added; {@code after} is the target. */
    RELATION_ADDED,
    RELATION_REMOVED,
    /** The {@code replaced-by} target of a point changed. */
    REPLACED_BY_CHANGED,
    /** A point became deprecated. */
    DEPRECATED,
    /** A deprecated point became active again. */
    REACTIVATED,
    /** A text gained a translation ({@code language}). */
    TRANSLATION_ADDED,
    TRANSLATION_REMOVED,
    TRANSLATION_CHANGED,
    /** The standard's title, publisher, status, issued date, license or languages changed. */
    METADATA_CHANGED,
    /** The standard's version changed (expected between two versions; no weight in the advice). */
    VERSION_CHANGED;

    /** The name used in reports: {@code criterion-reworded}, {@code moved}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The version part that a change of this kind about {@code element} calls for (docs/diff.md). */
    public Semver semver(ElementType element) {
        boolean structural = element.isTree() || element == ElementType.TIER || element == ElementType.PROFILE;
        return switch (this) {
            case REMOVED -> structural ? Semver.MAJOR : Semver.PATCH;
            case ADDED -> structural ? Semver.MINOR : Semver.PATCH;
            case MOVED, CRITERION_REMOVED, CRITERION_RETIERED -> Semver.MAJOR;
            case CRITERION_ADDED, RELATION_ADDED, RELATION_REMOVED, REPLACED_BY_CHANGED, DEPRECATED, REACTIVATED ->
                Semver.MINOR;
            case CHANGED -> element == ElementType.PROFILE ? Semver.MINOR : Semver.PATCH;
            case RENAMED, REWORDED, REORDERED, CRITERION_REWORDED, TRANSLATION_ADDED, TRANSLATION_REMOVED,
                    TRANSLATION_CHANGED, METADATA_CHANGED -> Semver.PATCH;
            case VERSION_CHANGED -> Semver.NONE;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
