package org.normative.dsl.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.normative.model.NormativePackage;
import org.normative.model.Role;
import org.normative.model.Standard;
import org.normative.model.StandardPart;
import org.normative.model.Unit;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Finds the pieces of a standard that may be spread over several files: the {@link Standard}
 * that a {@code part of} file belongs to, and every file of a standard. Reads the index of the
 * resource set (all files of the folders given to the CLI, or the workspace of the language
 * server).
 */
@Singleton
public class StandardIndex {

    @Inject
    private ResourceDescriptionsProvider descriptionsProvider;

    @Inject
    private IQualifiedNameConverter converter;

    @Inject
    private IResourceScopeCache cache;

    private static final String STANDARD_OF = StandardIndex.class.getName() + ".standardOf";

    /** The standard that {@code object} belongs to, or {@code null} when there is none. */
    public Standard standardOf(EObject object) {
        if (object == null) {
            return null;
        }
        EObject root = EcoreUtil2.getRootContainer(object);
        if (root instanceof Standard standard) {
            return standard;
        }
        if (root instanceof StandardPart part && part.getStandard() != null && root.eResource() != null) {
            // looked up once per file and version of it: validation asks for every element of the file
            Standard standard = cache.get(STANDARD_OF, root.eResource(), () -> lookUp(part));
            if (standard != null && (standard.eResource() == null
                    || standard.eResource().getResourceSet() != root.eResource().getResourceSet())) {
                // the standard's own file was parsed again since (an editor, the language server):
                // the cached object is gone from its file, so look the standard up afresh
                standard = lookUp(part);
            }
            return standard;
        }
        return null;
    }

    private Standard lookUp(StandardPart part) {
        return find(part.eResource(), NormativePackage.Literals.STANDARD, part.getStandard()).stream()
                .map(Standard.class::cast).findFirst().orElse(null);
    }

    /** The standards with id {@code id} visible from {@code context}. */
    public List<EObject> find(Resource context, EClass type, String id) {
        List<EObject> found = new ArrayList<>();
        if (id == null || id.isBlank() || context.getResourceSet() == null) {
            return found;
        }
        QualifiedName name = converter.toQualifiedName(id);
        for (IEObjectDescription description : index(context).getExportedObjects(type, name, false)) {
            EObject object = description.getEObjectOrProxy();
            if (object.eIsProxy()) {
                object = context.getResourceSet().getEObject(description.getEObjectURI(), true);
            }
            if (object != null) {
                found.add(object);
            }
        }
        return found;
    }

    /** The standard's own file and every {@code part of} file that belongs to it, in a stable order. */
    public List<Unit> unitsOf(Standard standard) {
        List<Unit> units = new ArrayList<>();
        units.add(standard);
        if (standard.eResource() != null) {
            Map<String, Unit> parts = new LinkedHashMap<>();
            for (EObject part : find(standard.eResource(), NormativePackage.Literals.STANDARD_PART, standard.getId())) {
                parts.put(part.eResource().getURI().toString(), (Unit) part);
            }
            parts.keySet().stream().sorted().forEach(uri -> units.add(parts.get(uri)));
        }
        return units;
    }

    /** Every role of the standard, in file order. */
    public List<Role> rolesOf(Standard standard) {
        List<Role> roles = new ArrayList<>();
        for (Unit unit : unitsOf(standard)) {
            if (unit instanceof Standard s) {
                roles.addAll(s.getRoles());
            } else if (unit instanceof StandardPart part) {
                roles.addAll(part.getRoles());
            }
        }
        return roles;
    }

    /** The index that {@code resource} sees. */
    public IResourceDescriptions index(Resource resource) {
        return descriptionsProvider.getResourceDescriptions(resource);
    }
}
