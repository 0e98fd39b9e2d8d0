package org.normative.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.normative.model.Identified;
import org.normative.model.Standard;
import org.normative.model.StandardPart;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The identity of every element is its id path: the standard's id, then the ids of the role,
 * dimension and point ({@code apd.ai-competency.AIPM.foundations.core-product}). Roles, profiles
 * and terms kept in a {@code part of} file get the id of the standard they belong to as prefix.
 */
@Singleton
public class NormativeQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Inject
    private IQualifiedNameConverter converter;

    @Inject
    private IResourceScopeCache cache;

    @Override
    public QualifiedName getFullyQualifiedName(EObject obj) {
        if (!(obj instanceof Identified) && !(obj instanceof StandardPart)) {
            return null; // texts, criteria, relations, ...: most objects of a standard; no need to cache that
        }
        return cache.get(Tuples.pair(obj, "fqn"), obj.eResource(), () -> compute(obj));
    }

    private QualifiedName compute(EObject obj) {
        if (obj instanceof Standard standard) {
            return toName(standard.getId());
        }
        if (obj instanceof StandardPart part) {
            // exported under the standard's id, so that the files of a standard can be found
            return toName(part.getStandard());
        }
        if (obj instanceof Identified identified) {
            if (identified.getId() == null) {
                return null;
            }
            QualifiedName prefix = namespaceOf(obj.eContainer());
            QualifiedName own = QualifiedName.create(identified.getId());
            return prefix == null ? own : prefix.append(own);
        }
        return null;
    }

    /** The namespace that the children of {@code container} live in. */
    public QualifiedName namespaceOf(EObject container) {
        if (container == null) {
            return null;
        }
        if (container instanceof StandardPart part) {
            return toName(part.getStandard());
        }
        return getFullyQualifiedName(container);
    }

    private QualifiedName toName(String dotted) {
        if (dotted == null || dotted.isEmpty()) {
            return null;
        }
        return converter.toQualifiedName(dotted);
    }
}
