package org.normative.dsl.index;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.normative.model.Point;
import org.normative.model.Principle;
import org.normative.model.Profile;
import org.normative.model.Release;
import org.normative.model.Section;
import org.normative.model.Term;
import org.normative.model.Text;
import org.normative.model.TierScheme;

/**
 * What a file exports to the index: every element with an id path, as Xtext's default does, but
 * without walking into the elements that contain none (the texts, criteria and relations of a
 * point, the body of a term, ...): those are most of a standard's objects, and the index of a
 * 10,000-point standard is built several times faster without visiting them.
 */
public class NormativeResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

    @Override
    public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
        if (object instanceof Text || object instanceof TierScheme || object instanceof Release) {
            return false; // nothing in them has an id path, nor do they
        }
        boolean children = super.createEObjectDescriptions(object, acceptor);
        // a point's criteria and relations, a term's, section's, principle's and profile's texts and targets
        return children && !(object instanceof Point || object instanceof Term || object instanceof Section
                || object instanceof Principle || object instanceof Profile);
    }
}
