package org.normative.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.normative.dsl.validation.Rule;
import org.normative.model.NormativePackage;

/** Messages for references that do not resolve, under the {@code unresolved-reference} rule. */
public class NormativeLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String name = context.getLinkText();
        String message;
        if (type == NormativePackage.Literals.ROLE) {
            message = "No role '" + name + "' in this standard.";
        } else if (type == NormativePackage.Literals.ELEMENT) {
            message = "No dimension or point '" + name + "' in the profile's role.";
        } else {
            message = "No point '" + name + "': name a point of the same dimension (core-product), "
                    + "of the same role (dimension.point), of another role (ROLE.dimension.point), "
                    + "or of another standard by its full id (its folder named by 'standards' in normative.properties).";
        }
        return new DiagnosticMessage(message, Severity.ERROR, Rule.UNRESOLVED_REFERENCE.id());
    }
}
