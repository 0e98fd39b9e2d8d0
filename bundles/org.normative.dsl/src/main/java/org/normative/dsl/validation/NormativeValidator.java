package org.normative.dsl.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.normative.dsl.index.StandardIndex;
import org.normative.dsl.naming.NormativeQualifiedNameProvider;
import org.normative.model.Criterion;
import org.normative.model.Dimension;
import org.normative.model.Element;
import org.normative.model.Identified;
import org.normative.model.NormativePackage.Literals;
import org.normative.model.Point;
import org.normative.model.PointStatus;
import org.normative.model.Profile;
import org.normative.model.ProfileTarget;
import org.normative.model.Relation;
import org.normative.model.RelationKind;
import org.normative.model.Release;
import org.normative.model.Role;
import org.normative.model.Standard;
import org.normative.model.StandardPart;
import org.normative.model.StandardStatus;
import org.normative.model.Text;
import org.normative.model.Tier;
import org.normative.model.TierScheme;
import org.normative.model.Translation;
import org.normative.model.Unit;

import com.google.inject.Inject;

/**
 * The validation rules of {@link Rule}: one {@code @Check} method per rule, named after it. Each
 * finding carries the rule id as its issue code; its severity comes from the project's
 * {@link RuleConfiguration}.
 */
public class NormativeValidator extends AbstractNormativeValidator {

    /** Semantic Versioning 2.0.0. */
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    /** Openings of a criterion that describe a state of mind rather than something an assessor can observe. */
    private static final List<String> UNOBSERVABLE_OPENINGS = List.of(
            "understands", "understand", "knows", "know", "is aware of", "are aware of", "is familiar with",
            "has knowledge of", "has an understanding of", "appreciates", "learns", "is conscious of");

    /**
     * The openings of a placeholder text (case-sensitive, after optional blanks), such as the
     * {@code "TODO: ..."} criteria that the quick fix of tier-coverage inserts.
     */
    public static final List<String> PLACEHOLDER_MARKERS = List.of("TODO:", "TBD:", "FIXME:");

    /** How much of a placeholder a message quotes. */
    private static final int PLACEHOLDER_QUOTE_LENGTH = 80;

    @Inject
    private StandardIndex index;

    @Inject
    private RuleConfiguration configuration;

    @Inject
    private NormativeQualifiedNameProvider names;

    @Inject
    private IResourceScopeCache cache;

    // ---------------------------------------------------------------- tiers

    @Check
    public void checkTierCoverage(Point point) {
        if (point.getStatus() == PointStatus.DEPRECATED) {
            return;
        }
        List<Tier> tiers = tiersOf(point);
        if (tiers.isEmpty()) {
            return;
        }
        Set<Integer> covered = point.getCriteria().stream().map(Criterion::getTier).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Tier tier : tiers) {
            if (!covered.contains(tier.getLevel())) {
                missing.add(tierLabel(tier));
            }
        }
        if (!missing.isEmpty()) {
            report(Rule.TIER_COVERAGE, "Point '" + point.getId() + "' has no criterion at " + join(missing)
                    + ": every active point decomposes into criteria of every tier.", point, Literals.IDENTIFIED__ID);
        }
    }

    @Check
    public void checkUnknownTier(Criterion criterion) {
        List<Tier> tiers = tiersOf(criterion);
        if (tiers.isEmpty()) {
            if (index.standardOf(criterion) != null) {
                report(Rule.UNKNOWN_TIER, "Criterion names tier " + criterion.getTier()
                        + ", but the standard has no tier scheme: add a 'tiers { ... }' block.", criterion, Literals.CRITERION__TIER);
            }
            return;
        }
        if (tiers.stream().noneMatch(tier -> tier.getLevel() == criterion.getTier())) {
            report(Rule.UNKNOWN_TIER, "Tier " + criterion.getTier() + " is not in the tier scheme (tiers "
                    + tiers.stream().map(t -> String.valueOf(t.getLevel())).collect(Collectors.joining(", ")) + ").",
                    criterion, Literals.CRITERION__TIER);
        }
    }

    @Check
    public void checkTierOrder(TierScheme scheme) {
        if (scheme.getTiers().isEmpty()) {
            report(Rule.TIER_ORDER, "The tier scheme has no tiers: list them as 'tier 1 \"Name\"', 'tier 2 ...'.",
                    scheme, null);
            return;
        }
        for (int i = 0; i < scheme.getTiers().size(); i++) {
            Tier tier = scheme.getTiers().get(i);
            if (tier.getLevel() != i + 1) {
                report(Rule.TIER_ORDER, "Tier " + tier.getLevel() + " is listed in position " + (i + 1)
                        + ": number the tiers 1, 2, ... " + scheme.getTiers().size() + " in order.", tier, Literals.TIER__LEVEL);
            }
        }
    }

    // ---------------------------------------------------------------- identity and references

    @Check
    public void checkUniqueId(Identified element) {
        if (element.getId() == null) {
            return;
        }
        QualifiedName name = names.getFullyQualifiedName(element);
        if (name == null || element.eResource() == null) {
            return;
        }
        String self = EcoreUtil.getURI(element).toString();
        List<String> others = new ArrayList<>();
        for (IEObjectDescription description : index.index(element.eResource())
                .getExportedObjects(element.eClass(), name, false)) {
            if (description.getEClass() == element.eClass() && !description.getEObjectURI().toString().equals(self)) {
                if (description.getEObjectURI().trimFragment().equals(element.eResource().getURI())) {
                    EObject other = element.eResource().getEObject(description.getEObjectURI().fragment());
                    others.add(other == null ? "in this file" : "on line " + line(other));
                } else {
                    others.add("in " + description.getEObjectURI().trimFragment().lastSegment());
                }
            }
        }
        if (!others.isEmpty()) {
            String where = others.stream().distinct().sorted().collect(Collectors.joining(", "));
            report(Rule.UNIQUE_ID, "Duplicate id: " + describe(element) + " is declared more than once"
                    + (element instanceof Standard ? "" : " in " + containerDescription(element)) + " (also " + where + ").",
                    element, Literals.IDENTIFIED__ID);
        }
    }

    @Check
    public void checkUniqueCriterionIds(Point point) {
        Set<String> seen = new HashSet<>();
        for (Criterion criterion : point.getCriteria()) {
            if (criterion.getId() != null && !seen.add(criterion.getId())) {
                report(Rule.UNIQUE_ID, "Duplicate id: criterion '" + criterion.getId() + "' is declared more than once in point '"
                        + point.getId() + "'.", criterion, Literals.CRITERION__ID);
            }
        }
    }

    @Check
    public void checkPartOfStandard(StandardPart part) {
        if (part.getStandard() != null && index.standardOf(part) == null) {
            report(Rule.UNRESOLVED_REFERENCE, "No standard '" + part.getStandard() + "' next to this file: a 'part of' file "
                    + "belongs with the file that declares 'standard " + part.getStandard() + " version ...'.",
                    part, Literals.STANDARD_PART__STANDARD);
        }
    }

    @Check
    public void checkPrerequisiteCycle(Point point) {
        for (Relation relation : point.getRelations()) {
            if (relation.getKind() != RelationKind.REQUIRES || !(resolved(relation.getTarget()) instanceof Point first)) {
                continue;
            }
            List<Point> path = pathBack(first, point);
            if (path != null) {
                List<String> ids = new ArrayList<>();
                ids.add(point.getId());
                path.forEach(p -> ids.add(p.getId()));
                report(Rule.PREREQUISITE_CYCLE, "Prerequisite cycle: " + String.join(" requires ", ids)
                        + ". Remove one of these 'requires'.", relation, Literals.RELATION__TARGET);
                return;
            }
        }
    }

    /** The 'requires' path from {@code start} to {@code goal} (both included), or null. */
    private List<Point> pathBack(Point start, Point goal) {
        Map<Point, Point> parent = new HashMap<>();
        Deque<Point> queue = new ArrayDeque<>();
        queue.add(start);
        parent.put(start, null);
        while (!queue.isEmpty()) {
            Point current = queue.poll();
            if (current == goal) {
                List<Point> path = new ArrayList<>();
                for (Point p = current; p != null; p = parent.get(p)) {
                    path.add(0, p);
                }
                return path;
            }
            for (Relation relation : current.getRelations()) {
                if (relation.getKind() == RelationKind.REQUIRES && resolved(relation.getTarget()) instanceof Point next
                        && !parent.containsKey(next)) {
                    parent.put(next, current);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    @Check
    public void checkDeprecatedReference(Relation relation) {
        if (resolved(relation.getTarget()) instanceof Point target && target.getStatus() == PointStatus.DEPRECATED
                && relation.eContainer() instanceof Point source && source.getStatus() != PointStatus.DEPRECATED) {
            report(Rule.DEPRECATED_REFERENCE, deprecationMessage(target), relation, Literals.RELATION__TARGET);
        }
    }

    @Check
    public void checkDeprecatedReference(ProfileTarget target) {
        if (resolved(target.getElement()) instanceof Point point && point.getStatus() == PointStatus.DEPRECATED) {
            report(Rule.DEPRECATED_REFERENCE, deprecationMessage(point), target, Literals.PROFILE_TARGET__ELEMENT);
        }
    }

    private String deprecationMessage(Point target) {
        String message = "Point '" + target.getId() + "' is deprecated";
        if (resolved(target.getReplacedBy()) instanceof Point replacement) {
            return message + ": refer to its replacement '" + replacement.getId() + "' instead.";
        }
        return message + ".";
    }

    @Check
    public void checkReplacedByTarget(Point point) {
        if (!(resolved(point.getReplacedBy()) instanceof Point replacement)) {
            return;
        }
        if (replacement == point) {
            report(Rule.REPLACED_BY_TARGET, "Point '" + point.getId() + "' cannot be replaced by itself.",
                    point, Literals.POINT__REPLACED_BY);
        } else if (replacement.getStatus() == PointStatus.DEPRECATED) {
            report(Rule.REPLACED_BY_TARGET, "Point '" + replacement.getId()
                    + "' is deprecated itself: 'replaced-by' must name an active point.", point, Literals.POINT__REPLACED_BY);
        } else if (point.getStatus() != PointStatus.DEPRECATED) {
            report(Rule.REPLACED_BY_TARGET, "Point '" + point.getId()
                    + "' is active: only a deprecated point is replaced (add 'status deprecated').", point, Literals.POINT__REPLACED_BY);
        }
    }

    // ---------------------------------------------------------------- texts and languages

    @Check
    public void checkEmptyText(Text text) {
        if (text.getValue() == null || text.getValue().isBlank()) {
            report(Rule.EMPTY_TEXT, "The " + textDescription(text) + " is empty.", text, Literals.TEXT__VALUE);
        }
        for (int i = 0; i < text.getTranslations().size(); i++) {
            Translation translation = text.getTranslations().get(i);
            if (translation.getValue() == null || translation.getValue().isBlank()) {
                report(Rule.EMPTY_TEXT, "The '" + translation.getLanguage() + "' translation of the " + textDescription(text)
                        + " is empty.", translation, Literals.TRANSLATION__VALUE);
            }
        }
    }

    @Check
    public void checkUnknownLanguage(Translation translation) {
        Standard standard = index.standardOf(translation);
        if (standard == null) {
            return;
        }
        List<String> languages = standard.getLanguages();
        String language = translation.getLanguage();
        if (!languages.isEmpty() && languages.get(0).equals(language)) {
            report(Rule.UNKNOWN_LANGUAGE, "'" + language + "' is the default language of the standard: the text itself is in '"
                    + language + "'.", translation, Literals.TRANSLATION__LANGUAGE);
        } else if (!languages.contains(language)) {
            report(Rule.UNKNOWN_LANGUAGE, "The standard does not declare language '" + language + "'"
                    + (languages.isEmpty() ? ": add 'languages <default>, " + language + "'." : " (languages " + String.join(", ", languages) + ")."),
                    translation, Literals.TRANSLATION__LANGUAGE);
        }
    }

    @Check
    public void checkMissingTranslation(Text text) {
        Standard standard = index.standardOf(text);
        if (standard == null || standard.getLanguages().size() < 2 || text.eContainer() == null) {
            return;
        }
        Set<String> present = text.getTranslations().stream().map(Translation::getLanguage).collect(Collectors.toSet());
        Set<String> kinds = translatedKinds(standard, text);
        for (String language : standard.getLanguages().subList(1, standard.getLanguages().size())) {
            if (!present.contains(language) && kinds.contains(kindOf(text) + "@" + language)) {
                report(Rule.MISSING_TRANSLATION, "The " + textDescription(text) + " has no '" + language
                        + "' translation, while other " + kindLabel(text) + " have one.", text, Literals.TEXT__VALUE);
            }
        }
    }

    /**
     * "kind@language" for every kind of text that has a translation somewhere in the standard.
     * Each file's own kinds are cached with that file (and dropped when it changes, also in an
     * editor); their union is made once per validation of a file, so that a translation added in
     * one file of the standard is seen by the next validation of every other file.
     */
    private Set<String> translatedKinds(Standard standard, EObject context) {
        Map<Object, Object> validation = getContext();
        String key = "normative.translatedKinds@" + (standard.eResource() == null ? "" : standard.eResource().getURI());
        if (validation != null && validation.get(key) instanceof Set<?> known) {
            @SuppressWarnings("unchecked")
            Set<String> kinds = (Set<String>) known;
            return kinds;
        }
        Set<String> kinds = new HashSet<>();
        for (Unit unit : index.unitsOf(standard)) {
            kinds.addAll(unit.eResource() == null ? translatedKindsIn(unit)
                    : cache.get("normative.translatedKinds", unit.eResource(), () -> translatedKindsIn(unit)));
        }
        if (validation != null) {
            validation.put(key, kinds);
        }
        return kinds;
    }

    private static Set<String> translatedKindsIn(Unit unit) {
        Set<String> kinds = new HashSet<>();
        unit.eAllContents().forEachRemaining(object -> {
            if (object instanceof Text t) {
                for (Translation translation : t.getTranslations()) {
                    kinds.add(kindOf(t) + "@" + translation.getLanguage());
                }
            }
        });
        return kinds;
    }

    private static String kindOf(Text text) {
        return text.eContainer().eClass().getName() + "." + text.eContainingFeature().getName();
    }

    // ---------------------------------------------------------------- versions, dates, releases

    @Check
    public void checkVersionFormat(Standard standard) {
        checkSemver(standard.getVersion(), standard, Literals.STANDARD__VERSION);
    }

    @Check
    public void checkVersionFormat(Release release) {
        checkSemver(release.getVersion(), release, Literals.RELEASE__VERSION);
    }

    private void checkSemver(String version, EObject object, EStructuralFeature feature) {
        if (version != null && !SEMVER.matcher(version).matches()) {
            report(Rule.VERSION_FORMAT, "'" + version + "' is not a semantic version: write MAJOR.MINOR.PATCH, e.g. 1.0.0.",
                    object, feature);
        }
    }

    @Check
    public void checkDateFormat(Standard standard) {
        checkDate(standard.getIssued(), standard, Literals.STANDARD__ISSUED);
    }

    @Check
    public void checkDateFormat(Release release) {
        checkDate(release.getDate(), release, Literals.RELEASE__DATE);
    }

    private void checkDate(String date, EObject object, EStructuralFeature feature) {
        if (date == null) {
            return;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            report(Rule.DATE_FORMAT, "'" + date + "' is not a calendar date (yyyy-mm-dd).", object, feature);
        }
    }

    @Check
    public void checkReleaseHistory(Standard standard) {
        Set<String> versions = new HashSet<>();
        for (Release release : standard.getReleases()) {
            if (release.getVersion() != null && !versions.add(release.getVersion())) {
                report(Rule.RELEASE_HISTORY, "Release " + release.getVersion() + " is listed more than once.",
                        release, Literals.RELEASE__VERSION);
            }
        }
        boolean released = standard.getStatus() == StandardStatus.APPROVED || standard.getStatus() == StandardStatus.PUBLISHED;
        if (released && standard.getVersion() != null && !versions.contains(standard.getVersion())) {
            report(Rule.RELEASE_HISTORY, "The standard is " + standard.getStatus().getLiteral() + " but its releases do not list version "
                    + standard.getVersion() + ": add 'release " + standard.getVersion() + " <date> \"<summary>\"'.",
                    standard, Literals.STANDARD__STATUS);
        }
    }

    // ---------------------------------------------------------------- criteria and profiles

    @Check
    public void checkDuplicateCriterion(Point point) {
        Map<String, Criterion> seen = new HashMap<>();
        for (Criterion criterion : point.getCriteria()) {
            if (criterion.getStatement() == null || criterion.getStatement().getValue() == null) {
                continue;
            }
            String key = normalize(criterion.getStatement().getValue());
            if (key.isEmpty()) {
                continue;
            }
            Criterion first = seen.putIfAbsent(key, criterion);
            if (first != null) {
                report(Rule.DUPLICATE_CRITERION, "This criterion repeats a tier-" + first.getTier() + " criterion of point '"
                        + point.getId() + "' (line " + line(first) + ").", criterion, Literals.CRITERION__STATEMENT);
            }
        }
    }

    @Check
    public void checkProfileTarget(Profile profile) {
        Role role = resolved(profile.getRole()) instanceof Role r ? r : null;
        List<Tier> tiers = tiersOf(profile);
        Set<EObject> seen = new HashSet<>();
        for (ProfileTarget target : profile.getTargets()) {
            EObject element = resolved(target.getElement());
            if (element == null) {
                continue;
            }
            if (!(element instanceof Dimension || element instanceof Point)) {
                report(Rule.PROFILE_TARGET, "A profile targets dimensions or points, not " + describe(element) + ".",
                        target, Literals.PROFILE_TARGET__ELEMENT);
            } else if (role != null && !EcoreUtil.isAncestor(role, element)) {
                report(Rule.PROFILE_TARGET, capitalized(describe(element)) + " is not part of role '" + role.getId() + "' that profile '"
                        + profile.getId() + "' is for.", target, Literals.PROFILE_TARGET__ELEMENT);
            } else if (!seen.add(element)) {
                report(Rule.PROFILE_TARGET, capitalized(describe(element)) + " is targeted more than once in profile '" + profile.getId() + "'.",
                        target, Literals.PROFILE_TARGET__ELEMENT);
            }
            if (!tiers.isEmpty() && tiers.stream().noneMatch(tier -> tier.getLevel() == target.getTier())) {
                report(Rule.PROFILE_TARGET, "Tier " + target.getTier() + " is not in the tier scheme.", target,
                        Literals.PROFILE_TARGET__TIER);
            }
        }
    }

    @Check
    public void checkCriterionStyle(Criterion criterion) {
        if (criterion.getStatement() == null || criterion.getStatement().getValue() == null) {
            return;
        }
        String statement = criterion.getStatement().getValue().strip();
        String lower = statement.toLowerCase(Locale.ROOT);
        for (String opening : UNOBSERVABLE_OPENINGS) {
            if (lower.startsWith(opening) && (lower.length() == opening.length()
                    || !Character.isLetter(lower.charAt(opening.length())))) {
                report(Rule.CRITERION_STYLE, "Criterion starts with '" + statement.substring(0, opening.length())
                        + "', which an assessor cannot observe: start with an observable verb such as 'Explains', "
                        + "'Identifies' or 'Applies'.", criterion, Literals.CRITERION__STATEMENT);
                return;
            }
        }
    }

    @Check
    public void checkPlaceholder(Text text) {
        if (text.eContainer() == null) {
            return;
        }
        if (isPlaceholder(text.getValue())) {
            String what = text.eContainer() instanceof Criterion ? "criterion" : singular(text.eContainingFeature().getName());
            report(Rule.PLACEHOLDER, "The " + textDescription(text) + " is a placeholder (" + quote(text.getValue())
                    + "): write the " + what + " before the standard is published.", text, Literals.TEXT__VALUE);
        }
        for (Translation translation : text.getTranslations()) {
            if (isPlaceholder(translation.getValue())) {
                report(Rule.PLACEHOLDER, "The '" + translation.getLanguage() + "' translation of the " + textDescription(text)
                        + " is a placeholder (" + quote(translation.getValue())
                        + "): write the translation before the standard is published.", translation, Literals.TRANSLATION__VALUE);
            }
        }
    }

    private static boolean isPlaceholder(String value) {
        if (value == null) {
            return false;
        }
        String start = value.stripLeading();
        return PLACEHOLDER_MARKERS.stream().anyMatch(start::startsWith);
    }

    /** The text in double quotes, blanks collapsed, cut after {@link #PLACEHOLDER_QUOTE_LENGTH} characters. */
    private static String quote(String value) {
        String collapsed = value.strip().replaceAll("\\s+", " ");
        return "\"" + (collapsed.length() <= PLACEHOLDER_QUOTE_LENGTH ? collapsed
                : collapsed.substring(0, PLACEHOLDER_QUOTE_LENGTH).stripTrailing() + "...") + "\"";
    }

    // ---------------------------------------------------------------- helpers

    private void report(Rule rule, String message, EObject object, EStructuralFeature feature) {
        RuleSeverity severity = configuration.severity(rule, object.eResource() == null ? null : object.eResource().getURI());
        switch (severity) {
            case ERROR -> getMessageAcceptor().acceptError(message, object, feature, INSIGNIFICANT_INDEX, rule.id());
            case WARNING -> getMessageAcceptor().acceptWarning(message, object, feature, INSIGNIFICANT_INDEX, rule.id());
            case INFO -> getMessageAcceptor().acceptInfo(message, object, feature, INSIGNIFICANT_INDEX, rule.id());
            case OFF -> {
            }
        }
    }

    private List<Tier> tiersOf(EObject object) {
        Standard standard = index.standardOf(object);
        if (standard == null || standard.getTierScheme() == null) {
            return List.of();
        }
        return standard.getTierScheme().getTiers();
    }

    private static EObject resolved(EObject object) {
        return object == null || object.eIsProxy() ? null : object;
    }

    private static String tierLabel(Tier tier) {
        String name = tier.getName() == null ? null : tier.getName().getValue();
        return "tier " + tier.getLevel() + (name == null || name.isBlank() ? "" : " (" + name + ")");
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String normalize(String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return collapsed.endsWith(".") ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
    }

    private static int line(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        return node == null ? 0 : node.getStartLine();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String describe(EObject object) {
        String kind = switch (object) {
            case Standard s -> "standard";
            case Role r -> "role";
            case Dimension d -> "dimension";
            case Point p -> "point";
            case Profile p -> "profile";
            case org.normative.model.Section s -> "section";
            case org.normative.model.Principle p -> "principle";
            case org.normative.model.Term t -> "term";
            default -> object.eClass().getName().toLowerCase(Locale.ROOT);
        };
        String id = object instanceof Identified identified ? identified.getId() : null;
        return id == null ? kind : kind + " '" + id + "'";
    }

    private static String containerDescription(EObject element) {
        EObject container = element.eContainer();
        if (container == null || container instanceof Unit) {
            return "the standard";
        }
        return describe(container);
    }

    private static String textDescription(Text text) {
        EObject owner = text.eContainer();
        String feature = text.eContainingFeature().getName();
        if (text.eContainingFeature().isMany() && owner.eGet(text.eContainingFeature()) instanceof List<?> texts) {
            // "paragraph 2 of section 'overview'", not "paragraphs of section 'overview'"
            feature = singular(feature) + " " + (texts.indexOf(text) + 1);
        }
        if (owner instanceof Criterion criterion) {
            return "tier-" + criterion.getTier() + " criterion" + (owner.eContainer() instanceof Point p ? " of point '" + p.getId() + "'" : "");
        }
        if (owner instanceof Tier tier) {
            return feature + " of tier " + tier.getLevel();
        }
        if (owner instanceof Release release) {
            return "summary of release " + release.getVersion();
        }
        return feature + " of " + describe(owner);
    }

    private static String kindLabel(Text text) {
        EObject owner = text.eContainer();
        String ownerKind = owner instanceof Element || owner instanceof Identified ? describe(owner).split(" ")[0]
                : owner.eClass().getName().toLowerCase(Locale.ROOT);
        return ownerKind + " " + plural(singular(text.eContainingFeature().getName()));
    }

    private static String singular(String feature) {
        return feature.endsWith("s") ? feature.substring(0, feature.length() - 1) : feature;
    }

    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }


}
