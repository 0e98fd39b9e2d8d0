package org.normative.dsl.ide.rename;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.normative.model.Identified;
import org.normative.model.NormativePackage;

/**
 * Renaming changes an element's {@code id} (Xtext's default strategy looks for a {@code name}
 * attribute, which the metamodel does not have). The references to the element are then
 * rewritten by Xtext's change serializer, each in the form its scope needs.
 */
public class NormativeRenameStrategy extends IRenameStrategy2.DefaultImpl {

    @Override
    protected EAttribute getNameEAttribute(EObject object) {
        if (object instanceof Identified) {
            return NormativePackage.Literals.IDENTIFIED__ID;
        }
        return super.getNameEAttribute(object);
    }
}
