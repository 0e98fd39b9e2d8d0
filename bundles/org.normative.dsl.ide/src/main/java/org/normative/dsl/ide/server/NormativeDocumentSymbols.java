package org.normative.dsl.ide.server;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.normative.model.Identified;
import org.normative.model.NormativePackage;
import org.normative.model.Text;

/** The outline of a {@code .norm} file in an LSP editor: elements by their own id, with kinds. */
public final class NormativeDocumentSymbols {

    private NormativeDocumentSymbols() {
    }

    /** An element is shown by its id ({@code core-product}), not its id path; the tree gives the path. */
    public static class Names extends DocumentSymbolNameProvider {
        @Override
        public String getName(EObject object) {
            if (object instanceof Identified identified && identified.getId() != null) {
                return identified.getId();
            }
            return super.getName(object);
        }
    }

    /** Standard as a package, role as a class, dimension as a namespace, point as a field. */
    public static class Kinds extends DocumentSymbolKindProvider {
        @Override
        protected SymbolKind getSymbolKind(EClass type) {
            NormativePackage p = NormativePackage.eINSTANCE;
            if (p.getStandard().isSuperTypeOf(type)) {
                return SymbolKind.Package;
            }
            if (p.getRole().isSuperTypeOf(type)) {
                return SymbolKind.Class;
            }
            if (p.getDimension().isSuperTypeOf(type)) {
                return SymbolKind.Namespace;
            }
            if (p.getPoint().isSuperTypeOf(type)) {
                return SymbolKind.Field;
            }
            return super.getSymbolKind(type);
        }
    }

    /** The detail of a symbol is the element's title in the default language ("Core Product Capabilities"). */
    public static class Details extends DocumentSymbolDetailsProvider {
        @Override
        public String getDetails(EObject object) {
            var feature = object.eClass().getEStructuralFeature("title");
            if (feature != null && object.eGet(feature) instanceof Text title && title.getValue() != null) {
                return title.getValue();
            }
            return super.getDetails(object);
        }
    }
}
