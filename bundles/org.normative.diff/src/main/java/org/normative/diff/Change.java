package org.normative.diff;

import java.util.List;

import org.normative.diff.text.Segment;

/**
 * One change between two versions of a standard. Fields that do not apply are {@code null}
 * ({@code words} is then empty).
 *
 * @param kind     what happened
 * @param element  what it happened to
 * @param id       the element's id path without the standard's id ({@code AIPM.foundations.core-product});
 *                 for a criterion the id path of its point; the own id of a section, principle,
 *                 profile or term, the version of a release, the level of a tier; {@code null} for
 *                 the standard itself. Removed and moved elements carry their old path, the others
 *                 their new one.
 * @param to       the new id path of a moved element
 * @param tier     the tier of a criterion change (the new tier when it changed)
 * @param field    which text or property: {@code title}, {@code scope}, {@code definition},
 *                 {@code statement}, {@code description}, a relation kind, {@code status}, ...
 * @param language the language of a translation change
 * @param before   the old text or value, white space collapsed
 * @param after    the new text or value, white space collapsed
 * @param words    for a changed text, its word-level differences from {@code before} to {@code after}
 */
public record Change(ChangeKind kind, ElementType element, String id, String to, Integer tier, String field,
        String language, String before, String after, List<Segment> words) {

    public Change {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** The version part this change calls for on its own. */
    public Semver semver() {
        return kind.semver(element);
    }

    /**
     * One line without the texts, e.g. {@code criterion-reworded criterion AIPM.foundations.core-product tier=2 field=statement}
     * or {@code moved point AIPM.a.x to=AIPM.b.x}: what the tests compare.
     */
    public String summary() {
        StringBuilder line = new StringBuilder(kind.label()).append(' ').append(element.label());
        if (id != null) {
            line.append(' ').append(id);
        }
        if (to != null) {
            line.append(" to=").append(to);
        }
        if (tier != null) {
            line.append(" tier=").append(tier);
        }
        if (field != null) {
            line.append(" field=").append(field);
        }
        if (language != null) {
            line.append(" language=").append(language);
        }
        return line.toString();
    }

    @Override
    public String toString() {
        String line = summary();
        if (before != null || after != null) {
            line += ": " + (before == null ? "-" : '"' + before + '"') + " -> " + (after == null ? "-" : '"' + after + '"');
        }
        return line;
    }
}
