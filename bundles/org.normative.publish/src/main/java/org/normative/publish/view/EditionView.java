package org.normative.publish.view;

import java.util.List;

import org.normative.diff.Change;
import org.normative.diff.Semver;

/**
 * The format-neutral view of one standard from which every edition is printed, computed once by
 * {@link EditionBuilder}: the numbers (1, 1.1, 1.1.1 for role, dimension and point), the order,
 * the chosen language (texts fall back to the default language) and the labels of cross
 * references ({@code 1.2.3 Core Product Capabilities}). Every list is in source order: the
 * standard's own file first, then its {@code part of} files by path.
 *
 * @param id the standard's id ({@code apd.ai-competency})
 * @param version the standard's version
 * @param language the language of this edition (its labels; texts fall back to the default language)
 * @param defaultLanguage the standard's first language, the language of every text itself
 * @param languages the standard's languages, the default first
 * @param changes the "Changes since VERSION" annex, or {@code null} when the edition has none
 */
public record EditionView(String id, String version, String language, String defaultLanguage, List<String> languages,
        Metadata metadata, List<SectionView> sections, List<PrincipleView> principles, List<TierView> tiers,
        List<RoleView> roles, List<ProfileView> profiles, List<TermView> glossary, List<ReleaseView> releases,
        ChangesView changes) {

    public EditionView {
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
        principles = List.copyOf(principles);
        tiers = List.copyOf(tiers);
        roles = List.copyOf(roles);
        profiles = List.copyOf(profiles);
        glossary = List.copyOf(glossary);
        releases = List.copyOf(releases);
    }

    /** Whether this edition is in the standard's default language (the complete, multilingual edition). */
    public boolean inDefaultLanguage() {
        return language.equals(defaultLanguage);
    }

    /** The fixed words (headings, table heads, statuses) in this edition's language. */
    public Vocabulary vocabulary() {
        return Vocabulary.of(language);
    }

    /** {@code text} in this edition's language, or in the default language. */
    public String text(LocalizedText text) {
        return text == null ? null : text.in(language);
    }

    /** Every point, in document order. */
    public List<PointView> points() {
        return roles.stream().flatMap(role -> role.dimensions().stream()).flatMap(dimension -> dimension.points().stream()).toList();
    }

    /** The size of the standard. */
    public Statistics statistics() {
        List<PointView> points = points();
        return new Statistics(roles.size(), roles.stream().mapToInt(role -> role.dimensions().size()).sum(), points.size(),
                points.stream().mapToInt(point -> point.criteria().size()).sum());
    }

    /** The standard's metadata: optional values are {@code null} when the standard does not give them. */
    public record Metadata(LocalizedText title, LocalizedText publisher, String status, String issued, String license) {
    }

    public record Statistics(int roles, int dimensions, int points, int criteria) {
    }

    /** A front-matter section: a title and paragraphs. */
    public record SectionView(String id, LocalizedText title, List<LocalizedText> paragraphs) {

        public SectionView {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public record PrincipleView(String id, LocalizedText title, LocalizedText body) {
    }

    /** A tier of the scheme; {@code description} may be {@code null}. */
    public record TierView(int level, LocalizedText name, LocalizedText description) {
    }

    /**
     * Where a reference points: the id path within its standard ({@code AIPM.foundations.core-product}),
     * the full id, the section number (only for elements of this standard) and the label to print.
     */
    public record Ref(String standard, String id, String fullId, String number, String label) {

        /** Whether the target belongs to another standard. */
        public boolean external() {
            return number == null;
        }
    }

    /** A role: section {@code 1}. */
    public record RoleView(String number, String id, String fullId, String label, LocalizedText title,
            LocalizedText description, List<DimensionView> dimensions) {

        public RoleView {
            dimensions = List.copyOf(dimensions);
        }
    }

    /** A dimension: section {@code 1.1}. */
    public record DimensionView(String number, String id, String fullId, String label, LocalizedText title,
            LocalizedText definition, List<PointView> points) {

        public DimensionView {
            points = List.copyOf(points);
        }
    }

    /** A key competency point: section {@code 1.1.1}; {@code replacedBy} and {@code scope} may be {@code null}. */
    public record PointView(String number, String id, String fullId, String label, LocalizedText title, String status,
            Ref replacedBy, LocalizedText scope, List<CriterionView> criteria, List<TierCriteria> criteriaByTier,
            List<RelationView> relations) {

        public PointView {
            criteria = List.copyOf(criteria);
            criteriaByTier = List.copyOf(criteriaByTier);
            relations = List.copyOf(relations);
        }
    }

    /** A criterion; {@code id} is {@code null} unless the committee gave one. */
    public record CriterionView(int tier, String id, LocalizedText statement) {
    }

    /** The criteria of one point at one tier of the scheme, in source order. */
    public record TierCriteria(TierView tier, List<CriterionView> criteria) {

        public TierCriteria {
            criteria = List.copyOf(criteria);
        }
    }

    /** {@code requires}, {@code related} or {@code aligns-with}. */
    public record RelationView(String kind, Ref target) {
    }

    public record ProfileView(String id, String fullId, LocalizedText title, Ref role, List<ProfileTargetView> targets) {

        public ProfileView {
            targets = List.copyOf(targets);
        }
    }

    /** The target tier of a profile for a dimension or a point (or the role as a whole). */
    public record ProfileTargetView(Ref target, int tier) {
    }

    public record TermView(String id, String fullId, LocalizedText title, LocalizedText definition) {
    }

    /** A release of the history; {@code summary} may be {@code null}. */
    public record ReleaseView(String version, String date, LocalizedText summary) {
    }

    /**
     * The "Changes since VERSION" annex: what changed from an earlier version of the standard to
     * this one, from the semantic diff, in the diff's order (the version change itself left out).
     *
     * @param since the earlier version
     * @param semver the version part the changes call for ({@code major}, {@code minor}, {@code patch}, {@code none})
     */
    public record ChangesView(String since, String semver, List<ChangeEntry> entries) {

        public ChangesView {
            entries = List.copyOf(entries);
        }

        /** The entries that call for {@code part} of the version: breaking changes, additions or corrections. */
        public List<ChangeEntry> entries(Semver part) {
            return entries.stream().filter(entry -> entry.change().semver() == part).toList();
        }
    }

    /**
     * One change of the annex: the diff's change, its headline ({@code Tier 2 criterion reworded})
     * and, when the element it concerns is in this edition (not removed), a reference to it (for a
     * criterion, its point; for a moved element, its new place); {@code null} otherwise, then print
     * the change's id.
     */
    public record ChangeEntry(Change change, String headline, Ref target) {
    }
}
