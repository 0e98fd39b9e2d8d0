package org.normative.publish.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.normative.diff.text.Segment;
import org.normative.diff.text.WordDiff;
import org.normative.publish.view.EditionView.CriterionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.RoleView;
import org.normative.publish.view.EditionView.TermView;
import org.normative.publish.view.EditionView.TierCriteria;

/**
 * Computes the {@link Redline} of an edition against the view of an earlier version of the
 * standard (in the same language): roles, dimensions, points and glossary terms are matched by id
 * path, criteria within a matched point as the semantic diff matches them.
 */
public final class RedlineBuilder {

    /** The author of the revisions when the standard names no publisher. */
    public static final String DEFAULT_AUTHOR = "Normative";

    private final EditionView before;
    private final EditionView after;
    private final String language;
    private final Set<Object> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Object, List<Segment>> texts = new IdentityHashMap<>();
    private final Map<Object, Map<Integer, List<Object>>> deleted = new IdentityHashMap<>();
    private final Map<Object, Map<Redline.Field, LocalizedText>> dropped = new IdentityHashMap<>();
    private final Map<Object, Object> moves = new IdentityHashMap<>();

    private RedlineBuilder(EditionView before, EditionView after) {
        this.before = before;
        this.after = after;
        this.language = after.language();
    }

    /** The redline of {@code after} against {@code before}, the view of the earlier version. */
    public static Redline build(EditionView before, EditionView after) {
        return new RedlineBuilder(before, after).build();
    }

    private Redline build() {
        children(Redline.ROLES, before.roles(), after.roles(), RoleView::id, this::role);
        children(Redline.GLOSSARY, before.glossary(), after.glossary(), TermView::id, (old, term) -> {
            text(old.title(), term.title());
            text(term, Redline.Field.DEFINITION, old.definition(), term.definition());
        });
        LocalizedText publisher = after.metadata().publisher();
        String author = publisher == null ? DEFAULT_AUTHOR : after.text(publisher);
        return new Redline(before.version(), author, after.metadata().issued(), inserted, texts, deleted, dropped, moves);
    }

    private void role(RoleView old, RoleView role) {
        text(old.title(), role.title());
        text(role, Redline.Field.DESCRIPTION, old.description(), role.description());
        children(role, old.dimensions(), role.dimensions(), DimensionView::id, this::dimension);
    }

    private void dimension(DimensionView old, DimensionView dimension) {
        text(old.title(), dimension.title());
        text(dimension, Redline.Field.DEFINITION, old.definition(), dimension.definition());
        children(dimension, old.points(), dimension.points(), PointView::id, this::point);
    }

    private void point(PointView old, PointView point) {
        text(old.title(), point.title());
        text(point, Redline.Field.SCOPE, old.scope(), point.scope());
        Map<CriterionView, CriterionView> pairs = criteria(old.criteria(), point.criteria());
        for (TierCriteria tier : point.criteriaByTier()) {
            List<CriterionView> olds = old.criteriaByTier().stream().filter(t -> t.tier().level() == tier.tier().level())
                    .findFirst().map(TierCriteria::criteria).orElse(List.of());
            Map<CriterionView, CriterionView> reverse = new IdentityHashMap<>();
            for (CriterionView now : tier.criteria()) {
                CriterionView was = pairs.get(now);
                if (was == null) {
                    inserted.add(now);
                } else if (was.tier() != now.tier()) {
                    // moved to another tier: inserted here, deleted at its old tier, as a move
                    inserted.add(now);
                    moves.put(now, was);
                } else {
                    reverse.put(was, now);
                    text(was.statement(), now.statement());
                }
            }
            placeDeleted(tier, olds, tier.criteria(), reverse::get);
        }
    }

    /**
     * Criteria are matched as the semantic diff matches them: by explicit id, then the same
     * statement at the same tier, then the most alike statements of a tier. Returns new → old.
     */
    static Map<CriterionView, CriterionView> criteria(List<CriterionView> olds, List<CriterionView> news) {
        Map<CriterionView, CriterionView> pairs = new IdentityHashMap<>();
        Set<CriterionView> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CriterionView now : news) {
            if (now.id() == null) {
                continue;
            }
            for (CriterionView was : olds) {
                if (!used.contains(was) && now.id().equals(was.id())) {
                    pairs.put(now, was);
                    used.add(was);
                    break;
                }
            }
        }
        for (CriterionView now : news) {
            if (pairs.containsKey(now)) {
                continue;
            }
            for (CriterionView was : olds) {
                if (!used.contains(was) && was.tier() == now.tier() && value(was).equals(value(now))) {
                    pairs.put(now, was);
                    used.add(was);
                    break;
                }
            }
        }
        while (true) {
            double best = -1;
            CriterionView bestNew = null;
            CriterionView bestOld = null;
            for (CriterionView now : news) {
                if (pairs.containsKey(now)) {
                    continue;
                }
                for (CriterionView was : olds) {
                    if (used.contains(was) || was.tier() != now.tier()) {
                        continue;
                    }
                    double similarity = WordDiff.similarity(value(was), value(now));
                    if (similarity > best) {
                        best = similarity;
                        bestNew = now;
                        bestOld = was;
                    }
                }
            }
            if (bestNew == null) {
                return pairs;
            }
            pairs.put(bestNew, bestOld);
            used.add(bestOld);
        }
    }

    private static String value(CriterionView criterion) {
        return criterion.statement() == null ? "" : criterion.statement().text();
    }

    /**
     * Matches the children of a container by id: matched ones are compared, new ones inserted, old
     * ones placed as deleted. A child reordered among its siblings (not in the longest run of
     * children kept in the same order) is shown as moved: inserted at its new place, deleted at its
     * old one.
     */
    private <T> void children(Object container, List<T> olds, List<T> news, Function<T, String> id, Pair<T> compare) {
        Map<String, T> oldById = new HashMap<>();
        for (T old : olds) {
            oldById.put(id.apply(old), old);
        }
        Map<String, T> newById = new HashMap<>();
        for (T now : news) {
            newById.put(id.apply(now), now);
        }
        Set<String> stable = inOrder(olds.stream().map(id).filter(newById::containsKey).toList(),
                news.stream().map(id).filter(oldById::containsKey).toList());
        for (T now : news) {
            T old = oldById.get(id.apply(now));
            if (old == null || !stable.contains(id.apply(now))) {
                inserted.add(now);
            } else {
                compare.apply(old, now);
            }
        }
        placeDeleted(container, olds, news, old -> stable.contains(id.apply(old)) ? newById.get(id.apply(old)) : null);
    }

    /** The ids of the longest common subsequence of two orders of the same ids: those that kept their order. */
    private static Set<String> inOrder(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        Set<String> kept = new java.util.HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                kept.add(a.get(i));
                i++;
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    /**
     * Each old child that has no counterpart goes after the counterpart of its nearest earlier
     * sibling that has one (at the start when none has), so that it is printed where it was.
     */
    private <T> void placeDeleted(Object container, List<T> olds, List<T> news, Function<T, T> counterpart) {
        Map<Object, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < news.size(); i++) {
            positions.put(news.get(i), i);
        }
        int position = 0;
        Map<Integer, List<Object>> at = new TreeMap<>();
        for (T old : olds) {
            T now = counterpart.apply(old);
            if (now != null && positions.containsKey(now)) {
                position = positions.get(now) + 1;
            } else {
                at.computeIfAbsent(position, p -> new ArrayList<>()).add(old);
            }
        }
        if (!at.isEmpty()) {
            deleted.put(container, at);
        }
    }

    /** An optional text of a matched element: its changes, or the earlier text when this version dropped it. */
    private void text(Object element, Redline.Field field, LocalizedText old, LocalizedText now) {
        if (now == null && old != null && !old.in(language).isEmpty()) {
            dropped.computeIfAbsent(element, e -> new java.util.EnumMap<>(Redline.Field.class)).put(field, old);
        } else {
            text(old, now);
        }
    }

    /** The word-level differences of a matched element's text, kept when the text changed. */
    private void text(LocalizedText old, LocalizedText now) {
        if (now == null) {
            return;
        }
        String was = old == null ? "" : old.in(language);
        String is = now.in(language);
        if (!Objects.equals(was, is)) {
            texts.put(now, WordDiff.diff(was, is));
        }
    }

    @FunctionalInterface
    private interface Pair<T> {
        void apply(T old, T now);
    }
}
