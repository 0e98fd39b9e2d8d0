package org.normative.publish.view;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.normative.diff.Change;
import org.normative.diff.ChangeKind;
import org.normative.diff.ChangeReport;
import org.normative.diff.ElementType;
import org.normative.dsl.index.StandardIndex;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Criterion;
import org.normative.model.Dimension;
import org.normative.model.Element;
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
import org.normative.publish.view.EditionView.ChangeEntry;
import org.normative.publish.view.EditionView.ChangesView;
import org.normative.publish.view.EditionView.CriterionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.Metadata;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.PrincipleView;
import org.normative.publish.view.EditionView.ProfileTargetView;
import org.normative.publish.view.EditionView.ProfileView;
import org.normative.publish.view.EditionView.Ref;
import org.normative.publish.view.EditionView.RelationView;
import org.normative.publish.view.EditionView.ReleaseView;
import org.normative.publish.view.EditionView.RoleView;
import org.normative.publish.view.EditionView.SectionView;
import org.normative.publish.view.EditionView.TermView;
import org.normative.publish.view.EditionView.TierCriteria;
import org.normative.publish.view.EditionView.TierView;

/**
 * Computes the {@link EditionView} of a loaded, valid standard. The standard's files are taken in
 * the order of {@link StandardIndex#unitsOf(Standard)} (its own file, then its {@code part of}
 * files by path), and everything within a file in source order; roles, dimensions and points are
 * numbered in that order.
 */
public final class EditionBuilder {

    /** The language of a standard that declares none (BCP 47 "undetermined"). */
    public static final String UNDETERMINED_LANGUAGE = "und";

    private final Standard standard;
    private final String language;
    private final String defaultLanguage;
    private final StandardIndex index;
    private final IQualifiedNameProvider names;
    /** The section numbers of this standard's roles, dimensions and points. */
    private final Map<EObject, String> numbers = new IdentityHashMap<>();
    private final Map<EObject, LocalizedText> titles = new IdentityHashMap<>();

    private EditionBuilder(Standard standard, String language) {
        this.standard = standard;
        this.defaultLanguage = defaultLanguage(standard);
        this.language = language == null ? defaultLanguage : language;
        this.index = StandardProject.injector().getInstance(StandardIndex.class);
        this.names = StandardProject.injector().getInstance(IQualifiedNameProvider.class);
    }

    /**
     * The view of {@code standard} in {@code language} ({@code null}: the default language).
     *
     * @throws ProjectException when the standard does not declare {@code language}
     */
    public static EditionView build(Standard standard, String language) throws ProjectException {
        return build(standard, language, null);
    }

    /**
     * The view of {@code standard} in {@code language} with a "Changes since" annex from
     * {@code changes} (the report of the semantic diff from an earlier version to {@code standard};
     * {@code null}: no annex).
     *
     * @throws ProjectException when the standard does not declare {@code language}
     */
    public static EditionView build(Standard standard, String language, ChangeReport changes) throws ProjectException {
        checkLanguage(standard, language);
        return new EditionBuilder(standard, language).build(changes);
    }

    /** The standard's default language: its first language, {@value #UNDETERMINED_LANGUAGE} if it declares none. */
    public static String defaultLanguage(Standard standard) {
        return standard.getLanguages().isEmpty() ? UNDETERMINED_LANGUAGE : standard.getLanguages().get(0);
    }

    /** Throws when {@code language} is not {@code null} and not a language of the standard. */
    public static void checkLanguage(Standard standard, String language) throws ProjectException {
        if (language == null || language.equals(defaultLanguage(standard)) || standard.getLanguages().contains(language)) {
            return;
        }
        List<String> languages = standard.getLanguages().isEmpty() ? List.of(defaultLanguage(standard)) : standard.getLanguages();
        throw new ProjectException("'" + language + "' is not a language of " + standard.getId() + " (languages: "
                + String.join(", ", languages) + ")");
    }

    private EditionView build(ChangeReport changes) {
        List<Unit> units = index.unitsOf(standard);
        List<Role> roles = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        for (Unit unit : units) {
            if (unit instanceof Standard s) {
                roles.addAll(s.getRoles());
                profiles.addAll(s.getProfiles());
                terms.addAll(s.getTerms());
            } else if (unit instanceof StandardPart part) {
                roles.addAll(part.getRoles());
                profiles.addAll(part.getProfiles());
                terms.addAll(part.getTerms());
            }
        }
        number(roles);

        List<TierView> tiers = new ArrayList<>();
        if (standard.getTierScheme() != null) {
            for (Tier tier : standard.getTierScheme().getTiers()) {
                tiers.add(new TierView(tier.getLevel(), text(tier.getName()), text(tier.getDescription())));
            }
        }
        List<RoleView> roleViews = new ArrayList<>();
        for (Role role : roles) {
            roleViews.add(role(role, tiers));
        }
        List<SectionView> sections = new ArrayList<>();
        for (Section section : standard.getSections()) {
            sections.add(new SectionView(section.getId(), text(section.getTitle()), section.getParagraphs().stream().map(this::text).toList()));
        }
        List<PrincipleView> principles = new ArrayList<>();
        for (Principle principle : standard.getPrinciples()) {
            principles.add(new PrincipleView(principle.getId(), text(principle.getTitle()), text(principle.getBody())));
        }
        List<ProfileView> profileViews = new ArrayList<>();
        for (Profile profile : profiles) {
            List<ProfileTargetView> targets = new ArrayList<>();
            for (ProfileTarget target : profile.getTargets()) {
                targets.add(new ProfileTargetView(ref(target.getElement()), target.getTier()));
            }
            profileViews.add(new ProfileView(path(profile), fullId(profile), text(profile.getTitle()), ref(profile.getRole()), targets));
        }
        List<TermView> glossary = new ArrayList<>();
        for (Term term : terms) {
            glossary.add(new TermView(path(term), fullId(term), text(term.getTitle()), text(term.getDefinition())));
        }
        List<ReleaseView> releases = new ArrayList<>();
        for (Release release : standard.getReleases()) {
            releases.add(new ReleaseView(release.getVersion(), release.getDate(), text(release.getSummary())));
        }
        Metadata metadata = new Metadata(text(standard.getTitle()), text(standard.getPublisher()),
                standard.getStatus().getLiteral(), standard.getIssued(), standard.getLicense());
        List<String> languages = standard.getLanguages().isEmpty() ? List.of(defaultLanguage) : standard.getLanguages();
        return new EditionView(standard.getId(), standard.getVersion(), language, defaultLanguage, languages, metadata,
                sections, principles, tiers, roleViews, profileViews, glossary, releases, changes(changes));
    }

    /** The annex: every change but the version's, with a reference to its element where it is in this edition. */
    private ChangesView changes(ChangeReport report) {
        if (report == null) {
            return null;
        }
        Map<String, Element> byPath = new java.util.HashMap<>();
        for (EObject element : numbers.keySet()) {
            byPath.put(path(element), (Element) element);
        }
        List<ChangeEntry> entries = new ArrayList<>();
        Vocabulary words = Vocabulary.of(language);
        for (Change change : report.changes()) {
            if (change.kind() == ChangeKind.VERSION_CHANGED) {
                continue;
            }
            String path = change.kind() == ChangeKind.MOVED && change.to() != null ? change.to() : change.id();
            boolean inEdition = change.element().isTree() || change.element() == ElementType.CRITERION;
            Element element = inEdition && change.kind() != ChangeKind.REMOVED && path != null ? byPath.get(path) : null;
            entries.add(new ChangeEntry(change, words.headline(change), element == null ? null : ref(element)));
        }
        return new ChangesView(report.from(), report.semver().label(), entries);
    }

    /** 1, 1.1, 1.1.1 in document order; titles kept for the labels of references. */
    private void number(List<Role> roles) {
        int r = 0;
        for (Role role : roles) {
            String roleNumber = String.valueOf(++r);
            numbers.put(role, roleNumber);
            int d = 0;
            for (Dimension dimension : role.getDimensions()) {
                String dimensionNumber = roleNumber + "." + ++d;
                numbers.put(dimension, dimensionNumber);
                int p = 0;
                for (Point point : dimension.getPoints()) {
                    numbers.put(point, dimensionNumber + "." + ++p);
                }
            }
        }
    }

    private RoleView role(Role role, List<TierView> tiers) {
        List<DimensionView> dimensions = new ArrayList<>();
        for (Dimension dimension : role.getDimensions()) {
            List<PointView> points = new ArrayList<>();
            for (Point point : dimension.getPoints()) {
                points.add(point(point, tiers));
            }
            dimensions.add(new DimensionView(numbers.get(dimension), path(dimension), fullId(dimension), label(dimension),
                    title(dimension), text(dimension.getDefinition()), points));
        }
        return new RoleView(numbers.get(role), path(role), fullId(role), label(role), title(role), text(role.getDescription()),
                dimensions);
    }

    private PointView point(Point point, List<TierView> tiers) {
        List<CriterionView> criteria = new ArrayList<>();
        for (Criterion criterion : point.getCriteria()) {
            criteria.add(new CriterionView(criterion.getTier(), criterion.getId(), text(criterion.getStatement())));
        }
        List<TierCriteria> byTier = new ArrayList<>();
        for (TierView tier : tiers) {
            byTier.add(new TierCriteria(tier, criteria.stream().filter(c -> c.tier() == tier.level()).toList()));
        }
        List<RelationView> relations = new ArrayList<>();
        for (Relation relation : point.getRelations()) {
            relations.add(new RelationView(relation.getKind().getLiteral(), ref(relation.getTarget())));
        }
        String status = (point.getStatus() == null ? PointStatus.ACTIVE : point.getStatus()).getLiteral();
        Ref replacedBy = point.getReplacedBy() == null ? null : ref(point.getReplacedBy());
        return new PointView(numbers.get(point), path(point), fullId(point), label(point), title(point), status, replacedBy,
                text(point.getScope()), criteria, byTier, relations);
    }

    /** A reference to a role, dimension or point, of this standard or of another one. */
    private Ref ref(Element target) {
        if (target == null || target.eIsProxy()) {
            // unresolved references are errors, and a standard with errors is not published
            throw new IllegalStateException("unresolved reference in " + standard.getId());
        }
        String number = numbers.get(target);
        if (number != null) {
            return new Ref(standard.getId(), path(target), fullId(target), number, label(target));
        }
        Standard other = index.standardOf(target);
        String otherId = other == null ? null : other.getId();
        LocalizedText title = other == null ? null : localize(target.getTitle(), defaultLanguage(other));
        String fullId = fullId(target);
        String path = otherId != null && fullId.startsWith(otherId + ".") ? fullId.substring(otherId.length() + 1) : fullId;
        String label = (title == null ? fullId : title.in(language)) + (otherId == null ? "" : " (" + otherId + ")");
        return new Ref(otherId, path, fullId, null, label);
    }

    /** {@code 1.2.3 Core Product Capabilities}, in the edition's language. */
    private String label(Element element) {
        return numbers.get(element) + " " + title(element).in(language);
    }

    private LocalizedText title(Element element) {
        return titles.computeIfAbsent(element, e -> text(element.getTitle()));
    }

    private String fullId(EObject object) {
        QualifiedName name = names.getFullyQualifiedName(object);
        if (name == null) {
            throw new IllegalStateException("an element without id in " + standard.getId());
        }
        return name.toString(".");
    }

    /** The id path within the standard: {@code AIPM.foundations.core-product}. */
    private String path(EObject object) {
        String fullId = fullId(object);
        String prefix = standard.getId() + ".";
        return fullId.startsWith(prefix) ? fullId.substring(prefix.length()) : fullId;
    }

    private LocalizedText text(Text text) {
        return localize(text, defaultLanguage);
    }

    /** All the languages of a text: the default first, then the translations in the standard's order of languages. */
    private LocalizedText localize(Text text, String textDefaultLanguage) {
        if (text == null) {
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (Translation translation : text.getTranslations()) {
            if (translation.getLanguage() != null && translation.getValue() != null) {
                byLanguage.putIfAbsent(translation.getLanguage(), normalize(translation.getValue()));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(textDefaultLanguage, normalize(text.getValue() == null ? "" : text.getValue()));
        Standard owner = index.standardOf(text);
        List<String> order = owner == null ? List.of() : owner.getLanguages();
        for (String lang : order) {
            if (byLanguage.containsKey(lang)) {
                values.putIfAbsent(lang, byLanguage.get(lang));
            }
        }
        // languages the standard does not declare (an error, but kept rather than lost): in source order
        byLanguage.forEach(values::putIfAbsent);
        return new LocalizedText(textDefaultLanguage, values);
    }

    /** The same text on every platform: {@code \n} line breaks. */
    private static String normalize(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
