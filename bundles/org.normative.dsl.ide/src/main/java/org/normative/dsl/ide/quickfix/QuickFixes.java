package org.normative.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.normative.dsl.formatting2.SourceFormatter;
import org.normative.dsl.index.StandardIndex;
import org.normative.dsl.naming.NormativeQualifiedNameProvider;
import org.normative.dsl.validation.NormativeValidator;
import org.normative.dsl.validation.Rule;
import org.normative.model.Criterion;
import org.normative.model.Identified;
import org.normative.model.NormativePackage.Literals;
import org.normative.model.Point;
import org.normative.model.PointStatus;
import org.normative.model.Relation;
import org.normative.model.Standard;
import org.normative.model.StandardPart;
import org.normative.model.Tier;

import com.google.inject.Inject;

/**
 * The quick fixes of the language's findings, computed on the parsed file: the one place that
 * knows them, used by the language server's code actions (and so by every LSP editor and the
 * workbench's Quick Fix).
 * <ul>
 * <li>{@code tier-coverage}: the missing tiers' criteria are added to the point as placeholders
 * ({@code criterion 3 "TODO: ..."}), each after the point's criteria of lower tiers, indented as
 * the formatter lays them out. The {@code placeholder} rule then reports each of them as a
 * warning until the committee writes the criterion.</li>
 * <li>{@code unique-id}: a later declaration of the same id is renamed to the first free
 * {@code <id>-2}, {@code <id>-3}, ... in its container (across the files of the standard).</li>
 * </ul>
 * A fix is offered only while the finding holds in the text given: asked for a finding that is
 * gone, the answer is no fix.
 */
public class QuickFixes {

    /** The rules that have a quick fix. */
    public static final Set<String> RULES = Set.of(Rule.TIER_COVERAGE.id(), Rule.UNIQUE_ID.id());

    /**
     * The start of the text of a placeholder criterion: it tells the committee what is left to
     * write, and the rule placeholder reports it until it is written.
     */
    public static final String PLACEHOLDER = NormativeValidator.PLACEHOLDER_MARKERS.get(0) + " ";

    @Inject
    private StandardIndex index;

    @Inject
    private NormativeQualifiedNameProvider names;

    /**
     * The fixes of the finding of {@code rule} that starts at {@code offset} in {@code resource}
     * (the start of the finding's range, as the validator reported it); empty when there is none.
     */
    public List<QuickFix> fixes(XtextResource resource, String rule, int offset) {
        if (resource.getParseResult() == null || !RULES.contains(rule)) {
            return List.of();
        }
        EObject element = elementAt(resource, offset);
        if (element == null) {
            return List.of();
        }
        List<QuickFix> fixes = new ArrayList<>();
        if (Rule.TIER_COVERAGE.id().equals(rule)) {
            Point point = EcoreUtil2.getContainerOfType(element, Point.class);
            if (point != null) {
                QuickFix fix = addMissingTiers(resource, point);
                if (fix != null) {
                    fixes.add(fix);
                }
            }
        } else if (element instanceof Criterion criterion && idNode(criterion, Literals.CRITERION__ID) != null) {
            QuickFix fix = renameCriterion(criterion);
            if (fix != null) {
                fixes.add(fix);
            }
        } else {
            Identified identified = EcoreUtil2.getContainerOfType(element, Identified.class);
            if (identified != null && !(identified instanceof Standard)) {
                QuickFix fix = renameDuplicate(identified);
                if (fix != null) {
                    fixes.add(fix);
                }
            }
        }
        return fixes;
    }

    // ---------------------------------------------------------------- tier-coverage

    private QuickFix addMissingTiers(XtextResource resource, Point point) {
        Standard standard = index.standardOf(point);
        if (point.getStatus() == PointStatus.DEPRECATED || standard == null || standard.getTierScheme() == null) {
            return null;
        }
        Set<Integer> covered = point.getCriteria().stream().map(Criterion::getTier).collect(Collectors.toSet());
        List<Tier> missing = standard.getTierScheme().getTiers().stream()
                .filter(tier -> !covered.contains(tier.getLevel()))
                .sorted(Comparator.comparingInt(Tier::getLevel)).toList();
        ICompositeNode pointNode = NodeModelUtils.getNode(point);
        if (missing.isEmpty() || pointNode == null) {
            return null;
        }
        String text = resource.getParseResult().getRootNode().getText();
        int level = depth(point);
        String indent = SourceFormatter.INDENTATION.repeat(level + 1);
        String closingIndent = SourceFormatter.INDENTATION.repeat(level);
        // offset -> the lines inserted there, in tier order
        Map<Integer, List<String>> lines = new TreeMap<>();
        Map<Integer, Insertion> insertions = new LinkedHashMap<>();
        for (Tier tier : missing) {
            Insertion insertion = insertionFor(point, tier.getLevel(), text, indent, closingIndent);
            if (insertion == null) {
                return null;
            }
            insertions.putIfAbsent(insertion.offset(), insertion);
            lines.computeIfAbsent(insertion.offset(), o -> new ArrayList<>()).add(placeholder(point, tier));
        }
        List<QuickFix.Replacement> replacements = new ArrayList<>();
        lines.forEach((offset, criteria) -> {
            Insertion insertion = insertions.get(offset);
            String inserted = criteria.stream().map(criterion -> indent + criterion).collect(Collectors.joining("\n"));
            replacements.add(new QuickFix.Replacement(offset, 0, insertion.prefix() + inserted + insertion.suffix()));
        });
        String tiers = missing.stream().map(tier -> "tier-" + tier.getLevel()).collect(Collectors.collectingAndThen(
                Collectors.toList(), QuickFixes::join));
        String label = missing.size() == 1 ? "Add the missing " + tiers + " criterion as a placeholder"
                : "Add the missing " + tiers + " criteria as placeholders";
        return new QuickFix(label, Rule.TIER_COVERAGE.id(), replacements);
    }

    /** {@code criterion 3 "TODO: ..."}: what the committee still has to write, in the words of the point and tier. */
    static String placeholder(Point point, Tier tier) {
        String tierName = tier.getName() == null || tier.getName().getValue() == null || tier.getName().getValue().isBlank()
                ? "" : " (" + tier.getName().getValue().strip() + ")";
        String title = point.getTitle() == null || point.getTitle().getValue() == null || point.getTitle().getValue().isBlank()
                ? point.getId() : point.getTitle().getValue().strip();
        String statement = PLACEHOLDER + "what someone at tier " + tier.getLevel() + tierName + " observably does in " + title + ".";
        return "criterion " + tier.getLevel() + " " + quoted(statement);
    }

    /**
     * Where the criterion of {@code tier} goes: after the last criterion of a lower tier, else
     * before the first criterion of a higher tier, else before the first relation, else at the
     * end of the point's body.
     */
    private static Insertion insertionFor(Point point, int tier, String text, String indent, String closingIndent) {
        Criterion lower = null;
        Criterion higher = null;
        for (Criterion criterion : point.getCriteria()) {
            if (criterion.getTier() < tier) {
                lower = criterion;
            } else if (higher == null && criterion.getTier() > tier) {
                higher = criterion;
            }
        }
        if (lower != null) {
            return after(lastLeaf(NodeModelUtils.getNode(lower)), text);
        }
        if (higher != null) {
            return before(firstLeaf(NodeModelUtils.getNode(higher)), text, indent);
        }
        Relation relation = point.getRelations().isEmpty() ? null : point.getRelations().get(0);
        if (relation != null) {
            return before(firstLeaf(NodeModelUtils.getNode(relation)), text, indent);
        }
        ILeafNode closing = lastLeaf(NodeModelUtils.getNode(point));
        return closing == null || !"}".equals(closing.getText()) ? null : before(closing, text, closingIndent);
    }

    /** Lines inserted after {@code leaf}: on the next line when the rest of its line is blank or a comment. */
    private static Insertion after(ILeafNode leaf, String text) {
        if (leaf == null) {
            return null;
        }
        int end = leaf.getEndOffset();
        int lineEnd = text.indexOf('\n', end);
        String rest = (lineEnd < 0 ? text.substring(end) : text.substring(end, lineEnd)).strip();
        if (rest.isEmpty() || rest.startsWith("//")) {
            return lineEnd < 0 ? new Insertion(text.length(), "\n", "") : new Insertion(lineEnd + 1, "", "\n");
        }
        return new Insertion(end, "\n", "");
    }

    /** Lines inserted before {@code leaf}: on lines of their own above it, its own indentation kept. */
    private static Insertion before(ILeafNode leaf, String text, String indentOfLeaf) {
        if (leaf == null) {
            return null;
        }
        int start = leaf.getOffset();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (text.substring(lineStart, start).isBlank()) {
            return new Insertion(lineStart, "", "\n");
        }
        return new Insertion(start, "\n", "\n" + indentOfLeaf);
    }

    /** Where lines are inserted, and what comes before and after them there (line ends, indentation). */
    private record Insertion(int offset, String prefix, String suffix) {
    }

    /** The nesting of the point: its criteria are indented one level deeper (a 'part of' line is no level). */
    private static int depth(Point point) {
        int level = 0;
        for (EObject container = point.eContainer(); container != null; container = container.eContainer()) {
            if (!(container instanceof StandardPart)) {
                level++;
            }
        }
        return level;
    }

    // ---------------------------------------------------------------- unique-id

    private QuickFix renameDuplicate(Identified element) {
        INode idNode = idNode(element, Literals.IDENTIFIED__ID);
        INode elementNode = NodeModelUtils.getNode(element);
        QualifiedName name = names.getFullyQualifiedName(element);
        if (idNode == null || elementNode == null || name == null || element.eResource() == null) {
            return null;
        }
        IResourceDescriptions descriptions = index.index(element.eResource());
        String self = EcoreUtil.getURI(element).toString();
        boolean duplicate = false;
        boolean first = true;
        for (IEObjectDescription description : descriptions.getExportedObjects(element.eClass(), name, false)) {
            if (description.getEClass() != element.eClass() || description.getEObjectURI().toString().equals(self)) {
                continue;
            }
            duplicate = true;
            if (!description.getEObjectURI().trimFragment().equals(element.eResource().getURI())) {
                first = false; // declared in another file too: either declaration may be renamed
            } else {
                EObject other = element.eResource().getEObject(description.getEObjectURI().fragment());
                INode otherNode = other == null ? null : NodeModelUtils.getNode(other);
                if (otherNode != null && otherNode.getOffset() < elementNode.getOffset()) {
                    first = false;
                }
            }
        }
        // siblings in the text as it is now (the index may be a build behind)
        for (Identified sibling : siblings(element)) {
            if (element.getId().equals(sibling.getId()) && sibling.eClass() == element.eClass()) {
                duplicate = true;
                INode node = NodeModelUtils.getNode(sibling);
                if (node != null && node.getOffset() < elementNode.getOffset()) {
                    first = false;
                }
            }
        }
        if (!duplicate || first) {
            return null; // the first declaration keeps its id; its later duplicates are renamed
        }
        QualifiedName namespace = name.skipLast(1);
        List<Identified> siblings = siblings(element);
        String free = freeId(element.getId(), candidate -> siblings.stream().anyMatch(s -> candidate.equals(s.getId()))
                || descriptions.getExportedObjects(EcorePackage.Literals.EOBJECT, namespace.append(candidate), false).iterator().hasNext());
        return rename(idNode, free);
    }

    private QuickFix renameCriterion(Criterion criterion) {
        INode idNode = idNode(criterion, Literals.CRITERION__ID);
        if (!(criterion.eContainer() instanceof Point point)) {
            return null;
        }
        List<Criterion> criteria = point.getCriteria();
        int index = criteria.indexOf(criterion);
        boolean later = criteria.subList(0, index).stream().anyMatch(other -> criterion.getId().equals(other.getId()));
        if (!later) {
            return null;
        }
        String free = freeId(criterion.getId(), candidate -> criteria.stream().anyMatch(other -> candidate.equals(other.getId())));
        return rename(idNode, free);
    }

    private static QuickFix rename(INode idNode, String id) {
        return new QuickFix("Rename to '" + id + "'", Rule.UNIQUE_ID.id(),
                List.of(new QuickFix.Replacement(idNode.getOffset(), idNode.getLength(), id)));
    }

    /** {@code id-2}, {@code id-3}, ...: the first that is not {@code taken}. */
    private static String freeId(String id, java.util.function.Predicate<String> taken) {
        for (int suffix = 2;; suffix++) {
            String candidate = id + "-" + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** The elements in the same list as {@code element} (the points of its dimension, ...), itself excluded. */
    private static List<Identified> siblings(Identified element) {
        List<Identified> siblings = new ArrayList<>();
        if (element.eContainer() != null && element.eContainingFeature().isMany()
                && element.eContainer().eGet(element.eContainingFeature()) instanceof List<?> list) {
            for (Object sibling : list) {
                if (sibling != element && sibling instanceof Identified identified && identified.getId() != null) {
                    siblings.add(identified);
                }
            }
        }
        return siblings;
    }

    // ---------------------------------------------------------------- text

    /** The element whose text is at {@code offset} (the innermost one). */
    private static EObject elementAt(XtextResource resource, int offset) {
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
    }

    private static INode idNode(EObject element, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    private static ILeafNode firstLeaf(INode node) {
        if (node == null) {
            return null;
        }
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                return leaf;
            }
        }
        return null;
    }

    private static ILeafNode lastLeaf(INode node) {
        ILeafNode last = null;
        if (node != null) {
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (!leaf.isHidden()) {
                    last = leaf;
                }
            }
        }
        return last;
    }

    /** A string as the language writes it (see {@code StringValueConverter}). */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
