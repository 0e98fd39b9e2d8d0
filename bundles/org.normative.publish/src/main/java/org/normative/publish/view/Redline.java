package org.normative.publish.view;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.normative.diff.text.Segment;

/**
 * What a redline edition marks: the differences between the view of an earlier version of the
 * standard and this edition's view, element by element and word by word, computed once by
 * {@link RedlineBuilder} for every format. Elements are matched by id path, as the semantic diff
 * matches them (criteria of a point: by id, then the same statement at the same tier, then the
 * most alike statements of the tier); a moved element is inserted at its new place and deleted at
 * its old one.
 * <p>
 * The keys are the view objects themselves, by identity (two criteria may be equal records):
 * <ul>
 * <li>{@link #isInserted(Object)}: a {@code RoleView}, {@code DimensionView}, {@code PointView},
 * {@code CriterionView} or {@code TermView} of this edition that the earlier version does not
 * have; print it whole as inserted.</li>
 * <li>{@link #segments(LocalizedText)}: for a text of this edition whose element the earlier
 * version has, the word-level differences from its earlier text in the edition's language
 * ({@code null} when the text is unchanged).</li>
 * <li>{@link #dropped(Object, Field)}: a text of an element of this edition that the earlier
 * version's element had and this one has not (a point's scope dropped): the earlier text, to
 * print as deleted where the text would be.</li>
 * <li>{@link #movedFrom(Object)} and {@link #movedTo(Object)}: a criterion moved to another tier
 * of its point is inserted at its new tier and deleted at its old one, as a move: the new
 * criterion knows its old one, and the old one its new one.</li>
 * <li>{@link #deletedAt(Object, int)}: the elements of the earlier version (its view objects)
 * that this version no longer has under {@code container}, to print as deleted before the
 * child at {@code index} of the container's list ({@code index == size}: after the last one).
 * Containers: {@link #ROLES} and {@link #GLOSSARY} for the edition's roles and terms, a
 * {@code RoleView} for its dimensions, a {@code DimensionView} for its points, a
 * {@code TierCriteria} for its criteria.</li>
 * </ul>
 *
 * @param since  the earlier version
 * @param author the author of the revisions: the standard's publisher, or "Normative"
 * @param date   the date of the revisions: the standard's {@code issued} date, or {@code null}
 */
public record Redline(String since, String author, String date, Set<Object> inserted, Map<Object, List<Segment>> texts,
        Map<Object, Map<Integer, List<Object>>> deleted, Map<Object, Map<Field, LocalizedText>> droppedTexts,
        Map<Object, Object> moves) {

    /** The optional texts of an element that a new version may drop. */
    public enum Field {
        /** A role's description. */
        DESCRIPTION,
        /** A dimension's core definition, a glossary term's definition. */
        DEFINITION,
        /** A point's scope. */
        SCOPE
    }

    /** The container of the edition's roles. */
    public static final Object ROLES = new Object() {
        @Override
        public String toString() {
            return "roles";
        }
    };

    /** The container of the edition's glossary terms. */
    public static final Object GLOSSARY = new Object() {
        @Override
        public String toString() {
            return "glossary";
        }
    };

    public Redline {
        Set<Object> ids = Collections.newSetFromMap(new IdentityHashMap<>());
        ids.addAll(inserted);
        inserted = Collections.unmodifiableSet(ids);
        texts = Collections.unmodifiableMap(new IdentityHashMap<>(texts));
        deleted = Collections.unmodifiableMap(new IdentityHashMap<>(deleted));
        droppedTexts = Collections.unmodifiableMap(new IdentityHashMap<>(droppedTexts));
        moves = Collections.unmodifiableMap(new IdentityHashMap<>(moves));
    }

    /** The earlier version's element that {@code element} of this edition was moved from (a criterion from another tier), else {@code null}. */
    public Object movedFrom(Object element) {
        return moves.get(element);
    }

    /** The element of this edition that {@code earlier}, an element of the earlier version, was moved to, else {@code null}. */
    public Object movedTo(Object earlier) {
        for (Map.Entry<Object, Object> move : moves.entrySet()) {
            if (move.getValue() == earlier) {
                return move.getKey();
            }
        }
        return null;
    }

    /** The earlier version's {@code field} of {@code element}, which this edition dropped; {@code null} when there is none. */
    public LocalizedText dropped(Object element, Field field) {
        Map<Field, LocalizedText> texts = droppedTexts.get(element);
        return texts == null ? null : texts.get(field);
    }

    /** Whether {@code element} of this edition is new since the earlier version (or moved here). */
    public boolean isInserted(Object element) {
        return inserted.contains(element);
    }

    /** The word-level differences of {@code text} from its earlier version; {@code null} when unchanged or new. */
    public List<Segment> segments(LocalizedText text) {
        return text == null ? null : texts.get(text);
    }

    /** The earlier version's elements to print as deleted before child {@code index} of {@code container}. */
    public List<Object> deletedAt(Object container, int index) {
        Map<Integer, List<Object>> at = deleted.get(container);
        if (at == null) {
            return List.of();
        }
        return at.getOrDefault(index, List.of());
    }
}
