package org.normative.diff;

import java.util.List;

/**
 * What changed from one version of a standard to another.
 *
 * @param from    the version of the old standard
 * @param to      the version of the new standard
 * @param semver  the version part the changes call for: the strongest of the changes' own advice,
 *                {@link Semver#NONE} without changes
 * @param changes the changes, in the order of the new standard (metadata, front matter, tiers,
 *                roles with their dimensions and points, profiles, terms, releases); removed
 *                elements follow the other changes of their parent
 */
public record ChangeReport(String from, String to, Semver semver, List<Change> changes) {

    public ChangeReport {
        changes = List.copyOf(changes);
    }

    static ChangeReport of(String from, String to, List<Change> changes) {
        Semver semver = Semver.NONE;
        for (Change change : changes) {
            semver = semver.max(change.semver());
        }
        return new ChangeReport(from, to, semver, changes);
    }

    /** {@code true} when the two versions have the same content (a different version number aside). */
    public boolean isEmpty() {
        return changes.stream().allMatch(c -> c.kind() == ChangeKind.VERSION_CHANGED);
    }
}
