package org.normative.dsl.ide.hover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.normative.dsl.index.StandardIndex;
import org.normative.dsl.naming.IdPaths;
import org.normative.model.Criterion;
import org.normative.model.Dimension;
import org.normative.model.Identified;
import org.normative.model.Point;
import org.normative.model.PointStatus;
import org.normative.model.Profile;
import org.normative.model.ProfileTarget;
import org.normative.model.Relation;
import org.normative.model.Role;
import org.normative.model.Standard;
import org.normative.model.Term;
import org.normative.model.Text;
import org.normative.model.Tier;
import org.normative.model.Translation;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What an editor shows about an element of a standard when the pointer rests on it, as Markdown:
 * for a point its id path, title (with translations), status, scope and criteria grouped by tier
 * with the tier scheme's names; for roles, dimensions, terms, tiers, criteria, profiles and the
 * standard what a reader needs to recognise them. The language server's hover
 * ({@link NormativeHoverService}) and the workbench show this text, so both say the same.
 * <p>
 * Texts from the standard are escaped, so that a {@code *} or {@code <} in a title is shown as
 * written. Elements of other standards are described with the tier scheme of their own standard.
 */
@Singleton
public class ElementDescription {

    private final StandardIndex index;

    @Inject
    public ElementDescription(StandardIndex index) {
        this.index = index;
    }

    /**
     * The Markdown description of {@code element}, or {@code null} when there is nothing to say
     * about it (an unresolved reference, a text, an element of no interest on its own).
     */
    public String describe(EObject element) {
        if (element == null || element.eIsProxy()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        if (element instanceof Point point) {
            point(point, out);
        } else if (element instanceof Dimension dimension) {
            dimension(dimension, out);
        } else if (element instanceof Role role) {
            role(role, out);
        } else if (element instanceof Term term) {
            term(term, out);
        } else if (element instanceof Tier tier) {
            tier(tier, out);
        } else if (element instanceof Criterion criterion) {
            criterion(criterion, out);
        } else if (element instanceof ProfileTarget target) {
            profileTarget(target, out);
        } else if (element instanceof Profile profile) {
            profile(profile, out);
        } else if (element instanceof Standard standard) {
            standard(standard, out);
        } else {
            return null;
        }
        return out.toString().stripTrailing();
    }

    // ------------------------------------------------------------------ elements

    private void point(Point point, StringBuilder out) {
        heading("Point", point, point.getTitle(), out);
        if (point.getStatus() == PointStatus.DEPRECATED) {
            out.append("Status: **deprecated**");
            Point replacement = point.getReplacedBy();
            if (replacement != null && !replacement.eIsProxy()) {
                out.append(", replaced by ").append(reference(point, replacement));
            }
            out.append("\n\n");
        } else {
            out.append("Status: active\n\n");
        }
        if (point.getScope() != null) {
            out.append("**Scope:** ").append(escape(point.getScope().getValue())).append("\n\n");
        }
        criteria(point, out);
        relations(point, out);
    }

    private void criteria(Point point, StringBuilder out) {
        Map<Integer, List<Criterion>> byTier = new TreeMap<>();
        for (Criterion criterion : point.getCriteria()) {
            byTier.computeIfAbsent(criterion.getTier(), t -> new ArrayList<>()).add(criterion);
        }
        if (byTier.isEmpty()) {
            out.append("No criteria.\n\n");
            return;
        }
        Map<Integer, Tier> tiers = tiersOf(point);
        for (Map.Entry<Integer, List<Criterion>> entry : byTier.entrySet()) {
            out.append("**").append(tierLabel(entry.getKey(), tiers)).append("**\n");
            for (Criterion criterion : entry.getValue()) {
                out.append("- ");
                if (criterion.getId() != null) {
                    out.append('`').append(criterion.getId()).append("` ");
                }
                out.append(escape(value(criterion.getStatement()))).append('\n');
            }
            out.append('\n');
        }
    }

    private void relations(Point point, StringBuilder out) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Relation relation : point.getRelations()) {
            Point target = relation.getTarget();
            if (target == null || target.eIsProxy() || relation.getKind() == null) {
                continue;
            }
            byKind.computeIfAbsent(relation.getKind().getLiteral(), k -> new ArrayList<>()).add(reference(point, target));
        }
        for (Map.Entry<String, List<String>> entry : byKind.entrySet()) {
            out.append(capitalized(entry.getKey())).append(": ").append(String.join(", ", entry.getValue())).append("\n\n");
        }
    }

    private void dimension(Dimension dimension, StringBuilder out) {
        heading("Dimension", dimension, dimension.getTitle(), out);
        if (dimension.getDefinition() != null) {
            out.append("**Definition:** ").append(escape(dimension.getDefinition().getValue())).append("\n\n");
        }
        out.append(count(dimension.getPoints().size(), "point")).append(": ");
        List<String> points = new ArrayList<>();
        for (Point point : dimension.getPoints()) {
            points.add("`" + point.getId() + "`" + (point.getStatus() == PointStatus.DEPRECATED ? " (deprecated)" : ""));
        }
        out.append(points.isEmpty() ? "none" : String.join(", ", points)).append("\n");
    }

    private void role(Role role, StringBuilder out) {
        heading("Role", role, role.getTitle(), out);
        if (role.getDescription() != null) {
            out.append(escape(role.getDescription().getValue())).append("\n\n");
        }
        int points = role.getDimensions().stream().mapToInt(d -> d.getPoints().size()).sum();
        out.append(count(role.getDimensions().size(), "dimension")).append(", ").append(count(points, "point")).append("\n\n");
        for (Dimension dimension : role.getDimensions()) {
            out.append("- `").append(dimension.getId()).append("` ").append(escape(value(dimension.getTitle()))).append('\n');
        }
    }

    private void term(Term term, StringBuilder out) {
        heading("Term", term, term.getTitle(), out);
        if (term.getDefinition() != null) {
            out.append(escape(term.getDefinition().getValue())).append("\n");
            translations(term.getDefinition(), out);
        }
    }

    private void tier(Tier tier, StringBuilder out) {
        out.append("**Tier ").append(tier.getLevel()).append(" — ").append(escape(value(tier.getName()))).append("**\n\n");
        translations(tier.getName(), out);
        if (tier.getDescription() != null) {
            out.append(escape(tier.getDescription().getValue())).append("\n");
        }
    }

    private void criterion(Criterion criterion, StringBuilder out) {
        Tier tier = tiersOf(criterion).get(criterion.getTier());
        if (tier != null) {
            tier(tier, out);
        } else {
            out.append("**Tier ").append(criterion.getTier()).append("** (not in the tier scheme)\n");
        }
        if (criterion.eContainer() instanceof Point point) {
            out.append("\nCriterion of point ").append(reference(null, point)).append('\n');
        }
    }

    private void profileTarget(ProfileTarget target, StringBuilder out) {
        Tier tier = tiersOf(target).get(target.getTier());
        out.append("Target: ");
        if (target.getElement() != null && !target.getElement().eIsProxy()) {
            out.append(reference(null, target.getElement())).append(" at ");
        }
        out.append("tier ").append(target.getTier());
        if (tier != null) {
            out.append(" — ").append(escape(value(tier.getName())));
        }
        out.append("\n\n");
        if (tier != null && tier.getDescription() != null) {
            out.append(escape(tier.getDescription().getValue())).append('\n');
        }
    }

    private void profile(Profile profile, StringBuilder out) {
        heading("Profile", profile, profile.getTitle(), out);
        if (profile.getRole() != null && !profile.getRole().eIsProxy()) {
            out.append("For role ").append(reference(null, profile.getRole())).append(", ");
        }
        out.append(count(profile.getTargets().size(), "target")).append('\n');
    }

    private void standard(Standard standard, StringBuilder out) {
        out.append("**").append(escape(value(standard.getTitle()))).append("**\n\n");
        translations(standard.getTitle(), out);
        out.append("Standard `").append(standard.getId()).append("` version ").append(standard.getVersion())
                .append(", ").append(standard.getStatus().getLiteral()).append('\n');
    }

    // ------------------------------------------------------------------ pieces

    /** {@code **Title**}, the translations of the title, then the kind and the id path. */
    private void heading(String kind, Identified element, Text title, StringBuilder out) {
        out.append("**").append(escape(value(title))).append("**\n\n");
        translations(title, out);
        out.append(kind).append(" `").append(idPath(element)).append('`');
        String standardId = standardIdOf(element);
        if (standardId != null) {
            out.append(" of standard `").append(standardId).append('`');
        }
        out.append("\n\n");
    }

    /** One line per translation: {@code zh: 核心产品能力}. */
    private void translations(Text text, StringBuilder out) {
        if (text == null || text.getTranslations().isEmpty()) {
            return;
        }
        for (Translation translation : text.getTranslations()) {
            out.append("*").append(translation.getLanguage()).append(":* ").append(escape(translation.getValue())).append("  \n");
        }
        out.setLength(out.length() - 3);
        out.append("\n\n");
    }

    /** How a referenced element is named: its id path, with the standard's id when it is in another standard, and its title. */
    private String reference(EObject from, EObject target) {
        String path = idPath(target);
        String targetStandard = standardIdOf(target);
        if (from != null && targetStandard != null && !targetStandard.equals(standardIdOf(from))) {
            path = targetStandard + "." + path;
        }
        String title = target instanceof org.normative.model.Element element ? value(element.getTitle()) : "";
        return "`" + path + "`" + (title.isEmpty() ? "" : " " + escape(title));
    }

    /** The id path of an element within its standard: {@code AIPM.foundations.core-product}. */
    public static String idPath(EObject element) {
        return IdPaths.idPath(element);
    }

    private static String standardIdOf(EObject element) {
        return IdPaths.standardIdOf(element);
    }

    /** The tiers of the scheme of the standard that {@code element} belongs to, by level. */
    private Map<Integer, Tier> tiersOf(EObject element) {
        Map<Integer, Tier> tiers = new TreeMap<>();
        Standard standard = index.standardOf(element);
        if (standard != null && standard.getTierScheme() != null) {
            for (Tier tier : standard.getTierScheme().getTiers()) {
                tiers.putIfAbsent(tier.getLevel(), tier);
            }
        }
        return tiers;
    }

    private static String tierLabel(int level, Map<Integer, Tier> tiers) {
        Tier tier = tiers.get(level);
        if (tier == null) {
            return "Tier " + level + " (not in the tier scheme)";
        }
        String name = value(tier.getName());
        return "Tier " + level + (name.isEmpty() ? "" : " — " + escape(name));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String value(Text text) {
        return text == null || text.getValue() == null ? "" : text.getValue();
    }

    /**
     * A text of the standard as Markdown that shows it as written: white space (line breaks of
     * long strings included) collapsed to single spaces, and the characters that Markdown would
     * interpret escaped with a backslash.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = text.strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(collapsed.length() + 8);
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // a text that opens like a list item or a heading would become one at the start of a line
        if (out.length() > 0 && (out.charAt(0) == '-' || out.charAt(0) == '+' || out.charAt(0) == '=')) {
            out.insert(0, '\\');
        } else if (collapsed.matches("\\d+[.)]( .*)?")) {
            int end = 0;
            while (Character.isDigit(out.charAt(end))) {
                end++;
            }
            out.insert(end, '\\');
        }
        return out.toString();
    }
}
