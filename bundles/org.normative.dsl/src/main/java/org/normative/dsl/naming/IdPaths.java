package org.normative.dsl.naming;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.normative.model.Identified;
import org.normative.model.Standard;
import org.normative.model.StandardPart;
import org.normative.model.Unit;

/**
 * Id paths read off the model itself, without the index: what the diff, the hover and other
 * services print for an element ({@code AIPM.foundations.core-product}) and the id of the standard
 * a file belongs to.
 */
public final class IdPaths {

    private IdPaths() {
    }

    /** The id path of an element within its standard: {@code AIPM.foundations.core-product}. */
    public static String idPath(EObject element) {
        List<String> ids = new ArrayList<>();
        for (EObject e = element; e != null && !(e instanceof Unit); e = e.eContainer()) {
            if (e instanceof Identified identified) {
                ids.add(0, String.valueOf(identified.getId()));
            }
        }
        return String.join(".", ids);
    }

    /** The id of the standard whose file holds {@code element} (as a {@code part of} file names it), or {@code null}. */
    public static String standardIdOf(EObject element) {
        EObject root = EcoreUtil.getRootContainer(element);
        if (root instanceof Standard standard) {
            return standard.getId();
        }
        if (root instanceof StandardPart part) {
            return part.getStandard();
        }
        return null;
    }
}
