package org.normative.workbench.compare;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.normative.diff.Change;
import org.normative.diff.ElementType;
import org.normative.dsl.index.StandardIndex;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.model.NormativePackage;
import org.normative.model.Standard;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.editor.NormativeEditor;

/**
 * Where an element of a change is in the working version of a standard, found by its id path in
 * the core's index (a removed element: its nearest container that is still there).
 */
public final class ElementLocator {

    /** A place in a file: the element's id. */
    public record Place(Path file, int offset, int length) {
    }

    private ElementLocator() {
    }

    public static Place locate(Path folder, Change change) throws ProjectException {
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        List<Standard> standards = project.standards();
        if (standards.isEmpty() || change.id() == null || !(change.element().isTree() || change.element() == ElementType.CRITERION)) {
            return null;
        }
        Standard standard = standards.get(0);
        StandardIndex index = StandardProject.injector().getInstance(StandardIndex.class);
        String path = change.to() != null ? change.to() : change.id();
        while (!path.isEmpty()) {
            for (EClass type : List.of(NormativePackage.Literals.POINT, NormativePackage.Literals.DIMENSION, NormativePackage.Literals.ROLE)) {
                for (EObject element : index.find(standard.eResource(), type, standard.getId() + "." + path)) {
                    List<INode> id = NodeModelUtils.findNodesForFeature(element, NormativePackage.Literals.IDENTIFIED__ID);
                    INode node = id.isEmpty() ? NodeModelUtils.getNode(element) : id.get(0);
                    if (node != null && element.eResource().getURI().isFile()) {
                        return new Place(Path.of(element.eResource().getURI().toFileString()), node.getOffset(), node.getLength());
                    }
                }
            }
            int dot = path.lastIndexOf('.');
            path = dot < 0 ? "" : path.substring(0, dot);
        }
        return null;
    }

    /** Opens the element of {@code change} in the standard's editor. */
    public static void reveal(Path folder, Change change) {
        try {
            Place place = locate(folder, change);
            if (place == null) {
                return;
            }
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(place.file().toUri());
            if (files.length == 0) {
                return;
            }
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            if (IDE.openEditor(page, files[0], NormativeEditor.ID, true) instanceof ITextEditor editor) {
                editor.selectAndReveal(place.offset(), place.length());
            }
        } catch (ProjectException | PartInitException e) {
            WorkbenchPlugin.log("Cannot show " + change.id(), e);
        }
    }
}
