package org.normative.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportScope;
import org.normative.dsl.naming.NormativeQualifiedNameProvider;
import org.normative.model.NormativePackage;
import org.normative.model.Profile;
import org.normative.model.Role;

import com.google.inject.Inject;

/**
 * Scoping beyond the namespaces of {@link NormativeNamespaceScopeProvider}: the targets of a
 * profile are named relative to the profile's role ({@code foundations 3},
 * {@code foundations.core-product 2}).
 */
public class NormativeScopeProvider extends AbstractNormativeScopeProvider {

    @Inject
    private NormativeQualifiedNameProvider names;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        IScope scope = super.getScope(context, reference);
        if (reference == NormativePackage.Literals.PROFILE_TARGET__ELEMENT) {
            Profile profile = context instanceof Profile p ? p
                    : context.eContainer() instanceof Profile p ? p : null;
            Role role = profile == null ? null : profile.getRole();
            if (role != null && !role.eIsProxy()) {
                QualifiedName roleName = names.getFullyQualifiedName(role);
                if (roleName != null) {
                    return new ImportScope(List.of(new ImportNormalizer(roleName, true, false)), scope, null,
                            reference.getEReferenceType(), false);
                }
            }
        }
        return scope;
    }
}
