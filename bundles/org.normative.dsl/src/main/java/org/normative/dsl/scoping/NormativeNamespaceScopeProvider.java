package org.normative.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.normative.dsl.naming.NormativeQualifiedNameProvider;
import org.normative.model.Standard;
import org.normative.model.StandardPart;

import com.google.inject.Inject;

/**
 * Ids are local to their container and may be qualified from any enclosing level: inside a
 * point, {@code core-product} names a sibling point, {@code foundations.core-product} a point of
 * the same role, and {@code AIE.value-thinking.value-delivery} a point of another role, also
 * when that role is kept in another file of the standard. Points of other standards are named
 * by their full id path ({@code other.standard.ROLE.dimension.point}).
 */
public class NormativeNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    @Inject
    private NormativeQualifiedNameProvider names;

    @Override
    protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
        if (context instanceof Standard || context instanceof StandardPart) {
            // Everything of the standard, in this file and in its other files, relative to the standard's id.
            QualifiedName namespace = names.getFullyQualifiedName(context);
            if (namespace != null && !namespace.isEmpty()) {
                return List.of(doCreateImportNormalizer(namespace, true, ignoreCase));
            }
        }
        return List.of();
    }
}
