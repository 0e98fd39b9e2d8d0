package org.normative.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.normative.model.Criterion;
import org.normative.model.Dimension;
import org.normative.model.Identified;
import org.normative.model.NormativePackage.Literals;
import org.normative.model.Point;
import org.normative.model.PointStatus;
import org.normative.model.Principle;
import org.normative.model.Profile;
import org.normative.model.ProfileTarget;
import org.normative.model.Relation;
import org.normative.model.Role;
import org.normative.model.Section;
import org.normative.model.Standard;
import org.normative.model.StandardPart;
import org.normative.model.Term;
import org.normative.model.Tier;

/**
 * Semantic colouring of a {@code .norm} file, computed once here and served by the language
 * server as LSP semantic tokens ({@code textDocument/semanticTokens/full}, through Xtext's
 * {@code SemanticTokensService}), which both VS Code and the workbench show:
 * <ul>
 * <li>the id of every declaration (standard, section, principle, tier level, role, dimension,
 * point, criterion, profile, term) with the modifier {@value #DECLARATION};</li>
 * <li>every reference ({@code requires}, {@code related}, {@code aligns-with}, {@code replaced-by},
 * a profile's role and targets, the standard of a {@code part of} file) without it; in a
 * qualified reference such as {@code AIPM.foundations.acumen} each segment is a token of the
 * element it names (role, dimension, point);</li>
 * <li>a deprecated point ({@code status deprecated}): its declaration and every reference to it
 * with the modifier {@value #DEPRECATED}.</li>
 * </ul>
 * The token type says what is declared or referred to (see {@link #type(EObject)}); the names are
 * those of the LSP specification, which Xtext's legend lists. Unresolved references get no token
 * (their error marker shows them).
 */
public class NormativeSemanticHighlighting implements ISemanticHighlightingCalculator {

    /** Token types (LSP standard names, all in Xtext's legend). */
    public static final String NAMESPACE = "namespace";
    public static final String CLASS = "class";
    public static final String STRUCT = "struct";
    public static final String PROPERTY = "property";
    public static final String ENUM_MEMBER = "enumMember";
    public static final String INTERFACE = "interface";
    public static final String VARIABLE = "variable";
    public static final String TYPE = "type";
    public static final String NUMBER = "number";

    /** Token modifiers (LSP standard names, in Xtext's legend). */
    public static final String DECLARATION = "declaration";
    public static final String DEPRECATED = "deprecated";

    /** The token types this calculator uses (for a client's capabilities). */
    public static final List<String> TOKEN_TYPES = List.of(NAMESPACE, CLASS, STRUCT, PROPERTY, ENUM_MEMBER, INTERFACE, VARIABLE,
            TYPE, NUMBER);

    /** The token modifiers this calculator uses. */
    public static final List<String> TOKEN_MODIFIERS = List.of(DECLARATION, DEPRECATED);

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        if (resource == null || resource.getParseResult() == null || resource.getContents().isEmpty()) {
            return;
        }
        String text = resource.getParseResult().getRootNode().getText();
        Iterator<EObject> contents = resource.getAllContents();
        while (contents.hasNext()) {
            if (cancel != null && cancel.isCanceled()) {
                return;
            }
            EObject object = contents.next();
            highlight(object, text, acceptor);
        }
    }

    private void highlight(EObject object, String text, IHighlightedPositionAcceptor acceptor) {
        if (object instanceof Identified identified) {
            declaration(identified, Literals.IDENTIFIED__ID, acceptor);
        } else if (object instanceof Criterion criterion && criterion.getId() != null) {
            declaration(criterion, Literals.CRITERION__ID, acceptor);
        } else if (object instanceof Tier tier) {
            for (INode node : NodeModelUtils.findNodesForFeature(tier, Literals.TIER__LEVEL)) {
                acceptor.addPosition(node.getOffset(), node.getLength(), NUMBER, DECLARATION);
            }
        }
        if (object instanceof StandardPart part) {
            for (INode node : NodeModelUtils.findNodesForFeature(part, Literals.STANDARD_PART__STANDARD)) {
                acceptor.addPosition(node.getOffset(), node.getLength(), NAMESPACE);
            }
        } else if (object instanceof Point point) {
            reference(point, Literals.POINT__REPLACED_BY, text, acceptor);
        } else if (object instanceof Relation relation) {
            reference(relation, Literals.RELATION__TARGET, text, acceptor);
        } else if (object instanceof Profile profile) {
            reference(profile, Literals.PROFILE__ROLE, text, acceptor);
        } else if (object instanceof ProfileTarget target) {
            reference(target, Literals.PROFILE_TARGET__ELEMENT, text, acceptor);
        }
    }

    private void declaration(EObject element, EStructuralFeature id, IHighlightedPositionAcceptor acceptor) {
        for (INode node : NodeModelUtils.findNodesForFeature(element, id)) {
            acceptor.addPosition(node.getOffset(), node.getLength(), styles(element, true));
        }
    }

    /**
     * A reference: each segment of its (qualified) id is a token of the element it names, from the
     * target back through its containers as long as their ids match the text.
     */
    private void reference(EObject source, EReference feature, String text, IHighlightedPositionAcceptor acceptor) {
        // not resolved here: the build resolved every reference that can be (validation resolves them all), and
        // resolving in a read request would change the resource while other read requests (hover, symbols) use it
        Object value = source.eGet(feature, false);
        if (!(value instanceof EObject target) || target.eIsProxy()) {
            return;
        }
        for (INode node : NodeModelUtils.findNodesForFeature(source, feature)) {
            int start = node.getOffset();
            int end = node.getOffset() + node.getLength();
            if (start < 0 || end > text.length()) {
                continue;
            }
            EObject element = target;
            while (element != null && end > start) {
                String id = id(element);
                int from = end - (id == null ? 0 : id.length());
                if (id == null || id.isEmpty() || from < start || !text.startsWith(id, from)
                        || (from > start && text.charAt(from - 1) != '.')) {
                    break;
                }
                acceptor.addPosition(from, id.length(), styles(element, false));
                end = from - 1;
                element = namedContainer(element);
            }
        }
    }

    /** The type, {@link #DECLARATION} for a declaration, and {@link #DEPRECATED} for a deprecated point. */
    private static String[] styles(EObject element, boolean declaration) {
        List<String> styles = new ArrayList<>(3);
        styles.add(type(element));
        if (declaration) {
            styles.add(DECLARATION);
        }
        if (isDeprecated(element)) {
            styles.add(DEPRECATED);
        }
        return styles.toArray(String[]::new);
    }

    /** Whether {@code element} is a point with {@code status deprecated}. */
    public static boolean isDeprecated(EObject element) {
        return element instanceof Point point && point.getStatus() == PointStatus.DEPRECATED;
    }

    /** The token type of an element (what the id declares or names), {@code null} for others. */
    public static String type(EObject element) {
        if (element instanceof Standard || element instanceof StandardPart) {
            return NAMESPACE;
        } else if (element instanceof Role) {
            return CLASS;
        } else if (element instanceof Dimension) {
            return STRUCT;
        } else if (element instanceof Point) {
            return PROPERTY;
        } else if (element instanceof Criterion) {
            return ENUM_MEMBER;
        } else if (element instanceof Profile) {
            return INTERFACE;
        } else if (element instanceof Term) {
            return VARIABLE;
        } else if (element instanceof Section || element instanceof Principle) {
            return TYPE;
        }
        return null;
    }

    private static String id(EObject element) {
        if (element instanceof Identified identified) {
            return identified.getId();
        } else if (element instanceof StandardPart part) {
            return part.getStandard();
        }
        return null;
    }

    /** The nearest container that is part of an id path (role, dimension, point, standard or part). */
    private static EObject namedContainer(EObject element) {
        EObject container = element.eContainer();
        while (container != null && id(container) == null) {
            container = container.eContainer();
        }
        return container;
    }
}
