package org.normative.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.normative.diff.text.WordDiff;
import org.normative.dsl.index.StandardIndex;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.naming.IdPaths;
import org.normative.model.Criterion;
import org.normative.model.Dimension;
import org.normative.model.Element;
import org.normative.model.Identified;
import org.normative.model.NormativePackage;
import org.normative.model.Point;
import org.normative.model.PointStatus;
import org.normative.model.Principle;
import org.normative.model.Profile;
import org.normative.model.ProfileTarget;
import org.normative.model.Relation;
import org.normative.model.Release;
import org.normative.model.Role;
import org.normative.model.Section;
import org.normative.model.Standard;
import org.normative.model.StandardPart;
import org.normative.model.Term;
import org.normative.model.Text;
import org.normative.model.Tier;
import org.normative.model.Translation;
import org.normative.model.Unit;

/**
 * One comparison: first matches the elements of the two versions (roles by id; dimensions and
 * points by id within their matched parent, then moves: an unmatched old and an unmatched new
 * element with the same own id and the same title or content), then walks the new version in
 * order and reports what differs.
 */
final class Comparer {

    private final Standard before;
    private final Standard after;
    private final List<Change> changes = new ArrayList<>();

    /** Matched elements, old to new and new to old (roles, dimensions and points). */
    private final Map<EObject, EObject> forward = new IdentityHashMap<>();
    private final Map<EObject, EObject> backward = new IdentityHashMap<>();
    /** New dimensions and points whose old counterpart had another parent. */
    private final Set<EObject> moved = Collections.newSetFromMap(new IdentityHashMap<>());

    Comparer(Standard before, Standard after) {
        this.before = before;
        this.after = after;
    }

    ChangeReport compare() {
        List<Unit> beforeUnits = unitsOf(before);
        List<Unit> afterUnits = unitsOf(after);
        List<Role> beforeRoles = roles(beforeUnits);
        List<Role> afterRoles = roles(afterUnits);
        match(beforeRoles, afterRoles);

        compareMetadata();
        compareSections();
        comparePrinciples();
        compareTiers();
        compareRoles(beforeRoles, afterRoles);
        compareProfiles(collect(beforeUnits, Standard::getProfiles, StandardPart::getProfiles),
                collect(afterUnits, Standard::getProfiles, StandardPart::getProfiles));
        compareTerms(collect(beforeUnits, Standard::getTerms, StandardPart::getTerms),
                collect(afterUnits, Standard::getTerms, StandardPart::getTerms));
        compareReleases();
        return ChangeReport.of(before.getVersion(), after.getVersion(), changes);
    }

    // ------------------------------------------------------------------ the files of a standard

    private static List<Unit> unitsOf(Standard standard) {
        if (standard.eResource() == null || standard.eResource().getResourceSet() == null) {
            return List.of(standard);
        }
        return StandardProject.injector().getInstance(StandardIndex.class).unitsOf(standard);
    }

    private static List<Role> roles(List<Unit> units) {
        return collect(units, Standard::getRoles, StandardPart::getRoles);
    }

    private static <T> List<T> collect(List<Unit> units, Function<Standard, List<T>> ofStandard,
            Function<StandardPart, List<T>> ofPart) {
        List<T> all = new ArrayList<>();
        for (Unit unit : units) {
            if (unit instanceof Standard s) {
                all.addAll(ofStandard.apply(s));
            } else if (unit instanceof StandardPart p) {
                all.addAll(ofPart.apply(p));
            }
        }
        return all;
    }

    // ------------------------------------------------------------------ matching

    private void match(List<Role> beforeRoles, List<Role> afterRoles) {
        pairById(beforeRoles, afterRoles);

        List<Dimension> beforeDims = new ArrayList<>();
        List<Dimension> afterDims = new ArrayList<>();
        beforeRoles.forEach(r -> beforeDims.addAll(r.getDimensions()));
        afterRoles.forEach(r -> afterDims.addAll(r.getDimensions()));
        for (Role role : beforeRoles) {
            if (forward.get(role) instanceof Role other) {
                pairById(role.getDimensions(), other.getDimensions());
            }
        }
        pairMoves(beforeDims, afterDims, (a, b) -> same(a.getTitle(), b.getTitle())
                || (a.getDefinition() != null && same(a.getDefinition(), b.getDefinition()))
                || (!a.getPoints().isEmpty() && ids(a.getPoints()).equals(ids(b.getPoints()))));

        List<Point> beforePoints = new ArrayList<>();
        List<Point> afterPoints = new ArrayList<>();
        beforeDims.forEach(d -> beforePoints.addAll(d.getPoints()));
        afterDims.forEach(d -> afterPoints.addAll(d.getPoints()));
        for (Dimension dimension : beforeDims) {
            if (forward.get(dimension) instanceof Dimension other) {
                pairById(dimension.getPoints(), other.getPoints());
            }
        }
        pairMoves(beforePoints, afterPoints, (a, b) -> same(a.getTitle(), b.getTitle())
                || (a.getScope() != null && same(a.getScope(), b.getScope()))
                || (!a.getCriteria().isEmpty() && statements(a).equals(statements(b))));
    }

    private <T extends Identified> void pairById(List<T> olds, List<T> news) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T element : news) {
            byId.putIfAbsent(element.getId(), element);
        }
        for (T old : olds) {
            T now = byId.get(old.getId());
            if (now != null && !backward.containsKey(now) && !forward.containsKey(old)) {
                pair(old, now);
            }
        }
    }

    /** An unmatched old and new element with the same own id and a like content: the same element, moved. */
    private <T extends Identified> void pairMoves(List<T> olds, List<T> news, BiPredicate<T, T> alike) {
        for (T old : olds) {
            if (forward.containsKey(old)) {
                continue;
            }
            for (T now : news) {
                if (!backward.containsKey(now) && Objects.equals(old.getId(), now.getId()) && alike.test(old, now)) {
                    pair(old, now);
                    moved.add(now);
                    break;
                }
            }
        }
    }

    private void pair(EObject old, EObject now) {
        forward.put(old, now);
        backward.put(now, old);
    }

    private static List<String> ids(List<? extends Identified> elements) {
        return elements.stream().map(Identified::getId).sorted(Comparator.nullsFirst(String::compareTo)).toList();
    }

    private static List<String> statements(Point point) {
        return point.getCriteria().stream().map(c -> c.getTier() + " " + value(c.getStatement())).toList();
    }

    // ------------------------------------------------------------------ metadata and front matter

    private void compareMetadata() {
        if (!Objects.equals(before.getVersion(), after.getVersion())) {
            emit(ChangeKind.VERSION_CHANGED, ElementType.STANDARD, null, null, null, "version", null,
                    before.getVersion(), after.getVersion());
        }
        compareText(ElementType.STANDARD, null, null, "title", before.getTitle(), after.getTitle(), ChangeKind.METADATA_CHANGED);
        compareText(ElementType.STANDARD, null, null, "publisher", before.getPublisher(), after.getPublisher(),
                ChangeKind.METADATA_CHANGED);
        metadata("status", before.getStatus().getLiteral(), after.getStatus().getLiteral());
        metadata("issued", before.getIssued(), after.getIssued());
        metadata("license", before.getLicense(), after.getLicense());
        metadata("languages", String.join(", ", before.getLanguages()), String.join(", ", after.getLanguages()));
    }

    private void metadata(String field, String old, String now) {
        if (!Objects.equals(old, now)) {
            emit(ChangeKind.METADATA_CHANGED, ElementType.STANDARD, null, null, null, field, null, old, now);
        }
    }

    private void compareSections() {
        Map<String, Section> olds = byId(before.getSections());
        Map<String, Section> news = byId(after.getSections());
        for (Section section : news.values()) {
            Section old = olds.get(section.getId());
            if (old == null) {
                emit(ChangeKind.ADDED, ElementType.SECTION, section.getId(), null, null, null, null, null, value(section.getTitle()));
                continue;
            }
            compareText(ElementType.SECTION, section.getId(), null, "title", old.getTitle(), section.getTitle(), ChangeKind.RENAMED);
            List<Text> a = old.getParagraphs();
            List<Text> b = section.getParagraphs();
            if (a.size() == b.size()) {
                for (int i = 0; i < a.size(); i++) {
                    compareText(ElementType.SECTION, section.getId(), null, "paragraph " + (i + 1), a.get(i), b.get(i),
                            ChangeKind.REWORDED);
                }
            } else {
                emitText(ChangeKind.REWORDED, ElementType.SECTION, section.getId(), null, "paragraphs", null,
                        a.stream().map(Comparer::value).collect(Collectors.joining("\n\n")),
                        b.stream().map(Comparer::value).collect(Collectors.joining("\n\n")));
            }
        }
        removedOf(olds, news, ElementType.SECTION, s -> value(s.getTitle()));
    }

    private void comparePrinciples() {
        Map<String, Principle> olds = byId(before.getPrinciples());
        Map<String, Principle> news = byId(after.getPrinciples());
        for (Principle principle : news.values()) {
            Principle old = olds.get(principle.getId());
            if (old == null) {
                emit(ChangeKind.ADDED, ElementType.PRINCIPLE, principle.getId(), null, null, null, null, null,
                        value(principle.getTitle()));
                continue;
            }
            compareText(ElementType.PRINCIPLE, principle.getId(), null, "title", old.getTitle(), principle.getTitle(),
                    ChangeKind.RENAMED);
            compareText(ElementType.PRINCIPLE, principle.getId(), null, "body", old.getBody(), principle.getBody(),
                    ChangeKind.REWORDED);
        }
        removedOf(olds, news, ElementType.PRINCIPLE, p -> value(p.getTitle()));
    }

    private void compareTiers() {
        Map<String, Tier> olds = tiers(before);
        Map<String, Tier> news = tiers(after);
        for (Map.Entry<String, Tier> entry : news.entrySet()) {
            Tier tier = entry.getValue();
            Tier old = olds.get(entry.getKey());
            if (old == null) {
                emit(ChangeKind.ADDED, ElementType.TIER, entry.getKey(), null, tier.getLevel(), null, null, null,
                        value(tier.getName()));
                continue;
            }
            compareText(ElementType.TIER, entry.getKey(), tier.getLevel(), "name", old.getName(), tier.getName(), ChangeKind.RENAMED);
            compareText(ElementType.TIER, entry.getKey(), tier.getLevel(), "description", old.getDescription(),
                    tier.getDescription(), ChangeKind.REWORDED);
        }
        for (Map.Entry<String, Tier> entry : olds.entrySet()) {
            if (!news.containsKey(entry.getKey())) {
                emit(ChangeKind.REMOVED, ElementType.TIER, entry.getKey(), null, entry.getValue().getLevel(), null, null,
                        value(entry.getValue().getName()), null);
            }
        }
    }

    private static Map<String, Tier> tiers(Standard standard) {
        Map<String, Tier> tiers = new LinkedHashMap<>();
        if (standard.getTierScheme() != null) {
            for (Tier tier : standard.getTierScheme().getTiers()) {
                tiers.putIfAbsent(String.valueOf(tier.getLevel()), tier);
            }
        }
        return tiers;
    }

    // ------------------------------------------------------------------ the competency tree

    private void compareRoles(List<Role> olds, List<Role> news) {
        Set<EObject> reordered = reordered(olds, news);
        for (Role role : news) {
            Role old = (Role) backward.get(role);
            if (old == null) {
                emit(ChangeKind.ADDED, ElementType.ROLE, role.getId(), null, null, null, null, null, value(role.getTitle()));
                compareDimensions(null, role);
                continue;
            }
            if (reordered.contains(role)) {
                emitReordered(ElementType.ROLE, role.getId(), olds.indexOf(old), news.indexOf(role));
            }
            compareText(ElementType.ROLE, role.getId(), null, "title", old.getTitle(), role.getTitle(), ChangeKind.RENAMED);
            compareText(ElementType.ROLE, role.getId(), null, "description", old.getDescription(), role.getDescription(),
                    ChangeKind.REWORDED);
            compareDimensions(old, role);
        }
        for (Role old : olds) {
            if (!forward.containsKey(old)) {
                emit(ChangeKind.REMOVED, ElementType.ROLE, old.getId(), null, null, null, null, value(old.getTitle()), null);
            }
        }
    }

    /** The dimensions of a role; {@code old} is {@code null} when the role is new (its own new dimensions are not listed). */
    private void compareDimensions(Role old, Role role) {
        List<Dimension> olds = old == null ? List.of() : old.getDimensions();
        Set<EObject> reordered = reordered(olds, role.getDimensions());
        for (Dimension dimension : role.getDimensions()) {
            Dimension previous = (Dimension) backward.get(dimension);
            String path = path(dimension);
            if (previous == null) {
                if (old != null) {
                    emit(ChangeKind.ADDED, ElementType.DIMENSION, path, null, null, null, null, null, value(dimension.getTitle()));
                }
                comparePoints(null, dimension);
                continue;
            }
            if (moved.contains(dimension)) {
                emit(ChangeKind.MOVED, ElementType.DIMENSION, path(previous), path, null, null, null, null, null);
            } else if (reordered.contains(dimension)) {
                emitReordered(ElementType.DIMENSION, path, olds.indexOf(previous), role.getDimensions().indexOf(dimension));
            }
            compareText(ElementType.DIMENSION, path, null, "title", previous.getTitle(), dimension.getTitle(), ChangeKind.RENAMED);
            compareText(ElementType.DIMENSION, path, null, "definition", previous.getDefinition(), dimension.getDefinition(),
                    ChangeKind.REWORDED);
            comparePoints(previous, dimension);
        }
        for (Dimension previous : olds) {
            if (!forward.containsKey(previous)) {
                emit(ChangeKind.REMOVED, ElementType.DIMENSION, path(previous), null, null, null, null,
                        value(previous.getTitle()), null);
            }
        }
    }

    /** The points of a dimension; {@code old} is {@code null} when the dimension is new. */
    private void comparePoints(Dimension old, Dimension dimension) {
        List<Point> olds = old == null ? List.of() : old.getPoints();
        Set<EObject> reordered = reordered(olds, dimension.getPoints());
        for (Point point : dimension.getPoints()) {
            Point previous = (Point) backward.get(point);
            String path = path(point);
            if (previous == null) {
                if (old != null) {
                    emit(ChangeKind.ADDED, ElementType.POINT, path, null, null, null, null, null, value(point.getTitle()));
                }
                continue;
            }
            if (moved.contains(point)) {
                emit(ChangeKind.MOVED, ElementType.POINT, path(previous), path, null, null, null, null, null);
            } else if (reordered.contains(point)) {
                emitReordered(ElementType.POINT, path, olds.indexOf(previous), dimension.getPoints().indexOf(point));
            }
            comparePoint(previous, point, path);
        }
        for (Point previous : olds) {
            if (!forward.containsKey(previous)) {
                emit(ChangeKind.REMOVED, ElementType.POINT, path(previous), null, null, null, null, value(previous.getTitle()), null);
            }
        }
    }

    private void comparePoint(Point old, Point point, String path) {
        compareText(ElementType.POINT, path, null, "title", old.getTitle(), point.getTitle(), ChangeKind.RENAMED);
        if (old.getStatus() != point.getStatus()) {
            emit(point.getStatus() == PointStatus.DEPRECATED ? ChangeKind.DEPRECATED : ChangeKind.REACTIVATED,
                    ElementType.POINT, path, null, null, "status", null, old.getStatus().getLiteral(), point.getStatus().getLiteral());
        }
        String oldReplacement = target(old, old.getReplacedBy(), NormativePackage.Literals.POINT__REPLACED_BY, true);
        String newReplacement = target(point, point.getReplacedBy(), NormativePackage.Literals.POINT__REPLACED_BY, false);
        if (!Objects.equals(oldReplacement, newReplacement)) {
            emit(ChangeKind.REPLACED_BY_CHANGED, ElementType.POINT, path, null, null, "replaced-by", null, oldReplacement,
                    newReplacement);
        }
        compareText(ElementType.POINT, path, null, "scope", old.getScope(), point.getScope(), ChangeKind.REWORDED);
        compareCriteria(old, point, path);
        compareRelations(old, point, path);
    }

    /**
     * Criteria are matched by explicit id, then by tier: the same statement first, then the most
     * alike statements of the tier (so that the number of added or removed criteria at a tier is
     * the difference of the counts).
     */
    private void compareCriteria(Point old, Point point, String path) {
        List<Criterion> olds = old.getCriteria();
        List<Criterion> news = point.getCriteria();
        Map<Criterion, Criterion> pairs = new IdentityHashMap<>(); // new -> old
        Set<Criterion> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Criterion now : news) {
            if (now.getId() == null) {
                continue;
            }
            for (Criterion was : olds) {
                if (!used.contains(was) && now.getId().equals(was.getId())) {
                    pairs.put(now, was);
                    used.add(was);
                    break;
                }
            }
        }
        for (Criterion now : news) {
            if (pairs.containsKey(now)) {
                continue;
            }
            for (Criterion was : olds) {
                if (!used.contains(was) && was.getTier() == now.getTier()
                        && value(was.getStatement()).equals(value(now.getStatement()))) {
                    pairs.put(now, was);
                    used.add(was);
                    break;
                }
            }
        }
        while (true) {
            double best = -1;
            Criterion bestNew = null;
            Criterion bestOld = null;
            for (Criterion now : news) {
                if (pairs.containsKey(now)) {
                    continue;
                }
                for (Criterion was : olds) {
                    if (used.contains(was) || was.getTier() != now.getTier()) {
                        continue;
                    }
                    double similarity = WordDiff.similarity(value(was.getStatement()), value(now.getStatement()));
                    if (similarity > best) {
                        best = similarity;
                        bestNew = now;
                        bestOld = was;
                    }
                }
            }
            if (bestNew == null) {
                break;
            }
            pairs.put(bestNew, bestOld);
            used.add(bestOld);
        }
        for (Criterion now : news) {
            Criterion was = pairs.get(now);
            if (was == null) {
                emit(ChangeKind.CRITERION_ADDED, ElementType.CRITERION, path, null, now.getTier(), "statement", null, null,
                        value(now.getStatement()));
                continue;
            }
            if (was.getTier() != now.getTier()) {
                emit(ChangeKind.CRITERION_RETIERED, ElementType.CRITERION, path, null, now.getTier(), "tier", null,
                        String.valueOf(was.getTier()), String.valueOf(now.getTier()));
            }
            compareText(ElementType.CRITERION, path, now.getTier(), "statement", was.getStatement(), now.getStatement(),
                    ChangeKind.CRITERION_REWORDED);
        }
        for (Criterion was : olds) {
            if (!used.contains(was)) {
                emit(ChangeKind.CRITERION_REMOVED, ElementType.CRITERION, path, null, was.getTier(), "statement", null,
                        value(was.getStatement()), null);
            }
        }
    }

    private void compareRelations(Point old, Point point, String path) {
        Set<String> olds = relations(old, true);
        Set<String> news = relations(point, false);
        for (String relation : news) {
            if (!olds.contains(relation)) {
                String[] parts = relation.split(" ", 2);
                emit(ChangeKind.RELATION_ADDED, ElementType.POINT, path, null, null, parts[0], null, null, parts[1]);
            }
        }
        for (String relation : olds) {
            if (!news.contains(relation)) {
                String[] parts = relation.split(" ", 2);
                emit(ChangeKind.RELATION_REMOVED, ElementType.POINT, path, null, null, parts[0], null, parts[1], null);
            }
        }
    }

    private Set<String> relations(Point point, boolean old) {
        Set<String> relations = new LinkedHashSet<>();
        for (Relation relation : point.getRelations()) {
            relations.add(relation.getKind().getLiteral() + " "
                    + target(relation, relation.getTarget(), NormativePackage.Literals.RELATION__TARGET, old));
        }
        return relations;
    }

    // ------------------------------------------------------------------ profiles, terms, releases

    private void compareProfiles(List<Profile> oldList, List<Profile> newList) {
        Map<String, Profile> olds = byId(oldList);
        Map<String, Profile> news = byId(newList);
        for (Profile profile : news.values()) {
            Profile old = olds.get(profile.getId());
            if (old == null) {
                emit(ChangeKind.ADDED, ElementType.PROFILE, profile.getId(), null, null, null, null, null, value(profile.getTitle()));
                continue;
            }
            compareText(ElementType.PROFILE, profile.getId(), null, "title", old.getTitle(), profile.getTitle(), ChangeKind.RENAMED);
            String oldRole = target(old, old.getRole(), NormativePackage.Literals.PROFILE__ROLE, true);
            String newRole = target(profile, profile.getRole(), NormativePackage.Literals.PROFILE__ROLE, false);
            if (!Objects.equals(oldRole, newRole)) {
                emit(ChangeKind.CHANGED, ElementType.PROFILE, profile.getId(), null, null, "role", null, oldRole, newRole);
            }
            String oldTargets = targets(old, true);
            String newTargets = targets(profile, false);
            if (!oldTargets.equals(newTargets)) {
                emit(ChangeKind.CHANGED, ElementType.PROFILE, profile.getId(), null, null, "targets", null, oldTargets, newTargets);
            }
        }
        removedOf(olds, news, ElementType.PROFILE, p -> value(p.getTitle()));
    }

    private String targets(Profile profile, boolean old) {
        List<String> targets = new ArrayList<>();
        for (ProfileTarget target : profile.getTargets()) {
            targets.add(target(target, target.getElement(), NormativePackage.Literals.PROFILE_TARGET__ELEMENT, old) + " "
                    + target.getTier());
        }
        return String.join(", ", targets);
    }

    private void compareTerms(List<Term> oldList, List<Term> newList) {
        Map<String, Term> olds = byId(oldList);
        Map<String, Term> news = byId(newList);
        for (Term term : news.values()) {
            Term old = olds.get(term.getId());
            if (old == null) {
                emit(ChangeKind.ADDED, ElementType.TERM, term.getId(), null, null, null, null, null, value(term.getTitle()));
                continue;
            }
            compareText(ElementType.TERM, term.getId(), null, "title", old.getTitle(), term.getTitle(), ChangeKind.RENAMED);
            compareText(ElementType.TERM, term.getId(), null, "definition", old.getDefinition(), term.getDefinition(),
                    ChangeKind.REWORDED);
        }
        removedOf(olds, news, ElementType.TERM, t -> value(t.getTitle()));
    }

    private void compareReleases() {
        Map<String, Release> olds = new LinkedHashMap<>();
        before.getReleases().forEach(r -> olds.putIfAbsent(r.getVersion(), r));
        Map<String, Release> news = new LinkedHashMap<>();
        after.getReleases().forEach(r -> news.putIfAbsent(r.getVersion(), r));
        for (Release release : news.values()) {
            Release old = olds.get(release.getVersion());
            if (old == null) {
                emit(ChangeKind.ADDED, ElementType.RELEASE, release.getVersion(), null, null, null, null, null,
                        value(release.getSummary()));
                continue;
            }
            if (!Objects.equals(old.getDate(), release.getDate())) {
                emit(ChangeKind.CHANGED, ElementType.RELEASE, release.getVersion(), null, null, "date", null, old.getDate(),
                        release.getDate());
            }
            compareText(ElementType.RELEASE, release.getVersion(), null, "summary", old.getSummary(), release.getSummary(),
                    ChangeKind.REWORDED);
        }
        for (Release old : olds.values()) {
            if (!news.containsKey(old.getVersion())) {
                emit(ChangeKind.REMOVED, ElementType.RELEASE, old.getVersion(), null, null, null, null, value(old.getSummary()), null);
            }
        }
    }

    private static <T extends Identified> Map<String, T> byId(List<T> elements) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T element : elements) {
            byId.putIfAbsent(element.getId(), element);
        }
        return byId;
    }

    private <T extends Identified> void removedOf(Map<String, T> olds, Map<String, T> news, ElementType type,
            Function<T, String> title) {
        for (T old : olds.values()) {
            if (!news.containsKey(old.getId())) {
                emit(ChangeKind.REMOVED, type, old.getId(), null, null, null, null, title.apply(old), null);
            }
        }
    }

    // ------------------------------------------------------------------ order

    /**
     * The new elements, matched in place (not moved), whose order relative to the other such
     * siblings changed: those outside the longest common subsequence of the two orders.
     */
    private Set<EObject> reordered(List<? extends EObject> olds, List<? extends EObject> news) {
        Set<EObject> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(news);
        List<EObject> a = new ArrayList<>();
        for (EObject old : olds) {
            EObject now = forward.get(old);
            if (now != null && !moved.contains(now) && present.contains(now)) {
                a.add(now);
            }
        }
        Set<EObject> inA = Collections.newSetFromMap(new IdentityHashMap<>());
        inA.addAll(a);
        List<EObject> b = news.stream().filter(inA::contains).map(EObject.class::cast).toList();
        if (a.equals(b)) {
            return Set.of();
        }
        // the common prefix and suffix stay in place; the LCS of the rest decides which elements moved
        int start = 0;
        while (a.get(start) == b.get(start)) {
            start++;
        }
        int end = 0;
        while (a.get(a.size() - 1 - end) == b.get(b.size() - 1 - end)) {
            end++;
        }
        List<EObject> x = a.subList(start, a.size() - end);
        List<EObject> y = b.subList(start, b.size() - end);
        int[][] table = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                table[i][j] = x.get(i) == y.get(j) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        Set<EObject> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            if (x.get(i) == y.get(j)) {
                kept.add(y.get(j));
                i++;
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        Set<EObject> reordered = Collections.newSetFromMap(new IdentityHashMap<>());
        y.stream().filter(e -> !kept.contains(e)).forEach(reordered::add);
        return reordered;
    }

    private void emitReordered(ElementType type, String path, int oldIndex, int newIndex) {
        emit(ChangeKind.REORDERED, type, path, null, null, "position", null, String.valueOf(oldIndex + 1),
                String.valueOf(newIndex + 1));
    }

    // ------------------------------------------------------------------ texts

    /** The value of a text (as {@code valueKind}) and each of its translations. */
    private void compareText(ElementType type, String id, Integer tier, String field, Text old, Text now, ChangeKind valueKind) {
        if (identical(old, now)) {
            return; // most texts of two versions are; no need to normalize them
        }
        String a = value(old);
        String b = value(now);
        if (!a.equals(b)) {
            emitText(valueKind, type, id, tier, field, null, old == null ? null : a, now == null ? null : b);
        }
        Map<String, String> olds = translations(old);
        Map<String, String> news = translations(now);
        for (Map.Entry<String, String> entry : news.entrySet()) {
            String was = olds.get(entry.getKey());
            if (was == null) {
                emit(ChangeKind.TRANSLATION_ADDED, type, id, null, tier, field, entry.getKey(), null, entry.getValue());
            } else if (!was.equals(entry.getValue())) {
                emitText(ChangeKind.TRANSLATION_CHANGED, type, id, tier, field, entry.getKey(), was, entry.getValue());
            }
        }
        for (Map.Entry<String, String> entry : olds.entrySet()) {
            if (!news.containsKey(entry.getKey())) {
                emit(ChangeKind.TRANSLATION_REMOVED, type, id, null, tier, field, entry.getKey(), entry.getValue(), null);
            }
        }
    }

    private static Map<String, String> translations(Text text) {
        Map<String, String> translations = new LinkedHashMap<>();
        if (text != null) {
            for (Translation translation : text.getTranslations()) {
                translations.putIfAbsent(translation.getLanguage(), normalize(translation.getValue()));
            }
        }
        return translations;
    }

    /** The default-language value of a text, white space collapsed; empty for no text. */
    static String value(Text text) {
        return text == null ? "" : normalize(text.getValue());
    }

    /** Whether two texts are written exactly alike, translations included. */
    private static boolean identical(Text a, Text b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!Objects.equals(a.getValue(), b.getValue()) || a.getTranslations().size() != b.getTranslations().size()) {
            return false;
        }
        for (int i = 0; i < a.getTranslations().size(); i++) {
            Translation x = a.getTranslations().get(i);
            Translation y = b.getTranslations().get(i);
            if (!Objects.equals(x.getLanguage(), y.getLanguage()) || !Objects.equals(x.getValue(), y.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} stripped, every run of white space (space, tab, line breaks) as one space; as {@code strip().replaceAll("\\s+", " ")}, faster. */
    static String normalize(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        StringBuilder out = null; // created at the first white space that is not a single ' '
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (out == null && white && (c != ' ' || space)) {
                out = new StringBuilder(stripped.length()).append(stripped, 0, i);
            }
            if (out != null && !(white && space)) {
                out.append(white ? ' ' : c);
            }
            space = white;
        }
        return out == null ? stripped : out.toString();
    }

    private static boolean same(Text a, Text b) {
        return value(a).equals(value(b));
    }

    // ------------------------------------------------------------------ ids

    /** The id path of a role, dimension or point without the standard's id. */
    private static String path(EObject element) {
        return IdPaths.idPath(element);
    }

    private static String standardIdOf(EObject element) {
        return IdPaths.standardIdOf(element);
    }

    /**
     * How a reference is reported: the target's id path in the new version's terms (an old
     * target that moved is named by its new path, so a moved point does not change the relations
     * that name it), the full id path for a target in another standard, the text as written when
     * it does not resolve.
     */
    private String target(EObject owner, EObject target, EReference reference, boolean old) {
        if (target == null) {
            return null;
        }
        if (target.eIsProxy()) {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
            return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
        }
        String standardId = standardIdOf(target);
        Standard own = old ? before : after;
        if (!Objects.equals(standardId, own.getId())) {
            return standardId + "." + path(target);
        }
        if (old && target instanceof Element && forward.get(target) != null) {
            return path(forward.get(target));
        }
        return path(target);
    }

    // ------------------------------------------------------------------ output

    private void emitText(ChangeKind kind, ElementType type, String id, Integer tier, String field, String language,
            String old, String now) {
        changes.add(new Change(kind, type, id, null, tier, field, language, old, now,
                WordDiff.diff(old == null ? "" : old, now == null ? "" : now)));
    }

    private void emit(ChangeKind kind, ElementType type, String id, String to, Integer tier, String field, String language,
            String old, String now) {
        changes.add(new Change(kind, type, id, to, tier, field, language, old, now, List.of()));
    }
}
