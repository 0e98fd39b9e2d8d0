package org.normative.workbench.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.normative.workbench.WorkbenchPlugin;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.language.DocumentPositions;

/**
 * The Outline of a standard: standard (or part) > roles > dimensions > points, as the
 * language server's document symbols give them (by id, with the title). Selecting an element
 * shows it in the editor; moving the cursor in the editor selects the element around it.
 */
public final class NormativeOutlinePage extends ContentOutlinePage {

    private final NormativeEditor editor;
    private final Map<SymbolKind, Image> images = new HashMap<>();
    private List<DocumentSymbol> symbols = List.of();
    /** The parent of each symbol, so that the tree can expand down to a point it selects. */
    private final Map<DocumentSymbol, DocumentSymbol> parents = new java.util.IdentityHashMap<>();
    private boolean following;

    public NormativeOutlinePage(NormativeEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new Symbols());
        viewer.setLabelProvider(new Labels());
        viewer.setAutoExpandLevel(3);
        viewer.setInput(symbols);
    }

    @Override
    public void dispose() {
        images.values().forEach(Image::dispose);
        super.dispose();
    }

    /** New symbols from the server (on the UI thread). */
    public void setSymbols(List<DocumentSymbol> fresh) {
        symbols = fresh;
        parents.clear();
        mapParents(fresh, null);
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            Object[] expanded = viewer.getExpandedElements();
            List<String> expandedKeys = new ArrayList<>();
            for (Object element : expanded) {
                expandedKeys.add(key((DocumentSymbol) element));
            }
            viewer.getControl().setRedraw(false);
            try {
                viewer.setInput(fresh);
                if (!expandedKeys.isEmpty()) {
                    List<DocumentSymbol> again = new ArrayList<>();
                    collect(fresh, expandedKeys, again);
                    viewer.setExpandedElements(again.toArray());
                }
            } finally {
                viewer.getControl().setRedraw(true);
            }
        }
    }

    private void mapParents(List<DocumentSymbol> children, DocumentSymbol parent) {
        for (DocumentSymbol child : children) {
            if (parent != null) {
                parents.put(child, parent);
            }
            if (child.getChildren() != null) {
                mapParents(child.getChildren(), child);
            }
        }
    }

    /** The tree (for tests and commands). */
    public TreeViewer viewer() {
        return getTreeViewer();
    }

    /** The tree's roots, for tests. */
    public List<DocumentSymbol> getSymbols() {
        return symbols;
    }

    private static String key(DocumentSymbol symbol) {
        return symbol.getKind() + ":" + symbol.getName();
    }

    private static void collect(List<DocumentSymbol> symbols, List<String> keys, List<DocumentSymbol> into) {
        for (DocumentSymbol symbol : symbols) {
            if (keys.contains(key(symbol))) {
                into.add(symbol);
            }
            if (symbol.getChildren() != null) {
                collect(symbol.getChildren(), keys, into);
            }
        }
    }

    /** An element selected in the outline: its id is selected in the editor. */
    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (following) {
            return;
        }
        ISelection selection = event.getSelection();
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof DocumentSymbol symbol) {
            IDocument document = editor.getDocument();
            int[] region = DocumentPositions.region(document, symbol.getSelectionRange());
            editor.reveal(region[0], region[1]);
        }
    }

    /** The caret moved in the editor (keyboard, mouse, go to definition): the outline selects the element there. */
    public void cursorMoved(SelectionChangedEvent event) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || !(event.getSelection() instanceof ITextSelection text)) {
            return;
        }
        if (viewer.getControl().isFocusControl()) {
            return;
        }
        Position cursor = DocumentPositions.position(editor.getDocument(), text.getOffset());
        DocumentSymbol innermost = innermost(symbols, cursor);
        if (innermost == null) {
            return;
        }
        following = true;
        try {
            viewer.setSelection(new StructuredSelection(innermost), true);
        } finally {
            following = false;
        }
    }

    /** The deepest symbol whose range holds {@code cursor}. */
    public static DocumentSymbol innermost(List<DocumentSymbol> symbols, Position cursor) {
        for (DocumentSymbol symbol : symbols) {
            if (contains(symbol, cursor)) {
                DocumentSymbol deeper = symbol.getChildren() == null ? null : innermost(symbol.getChildren(), cursor);
                return deeper != null ? deeper : symbol;
            }
        }
        return null;
    }

    private static boolean contains(DocumentSymbol symbol, Position p) {
        Position start = symbol.getRange().getStart();
        Position end = symbol.getRange().getEnd();
        boolean afterStart = p.getLine() > start.getLine() || p.getLine() == start.getLine() && p.getCharacter() >= start.getCharacter();
        boolean beforeEnd = p.getLine() < end.getLine() || p.getLine() == end.getLine() && p.getCharacter() <= end.getCharacter();
        return afterStart && beforeEnd;
    }

    private final class Symbols implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
            return children == null ? new Object[0] : children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return parents.get(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
            return children != null && !children.isEmpty();
        }
    }

    private final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            DocumentSymbol symbol = (DocumentSymbol) element;
            String detail = symbol.getDetail();
            return detail == null || detail.isBlank() ? symbol.getName() : symbol.getName() + "  " + detail;
        }

        @Override
        public Image getImage(Object element) {
            SymbolKind kind = ((DocumentSymbol) element).getKind();
            return images.computeIfAbsent(kind, k -> {
                String name = switch (k) {
                    case Package -> "standard";
                    case Class -> "role";
                    case Namespace -> "dimension";
                    case Field -> "point";
                    default -> "element";
                };
                ImageDescriptor descriptor = WorkbenchPlugin.image("icons/" + name + ".png");
                return descriptor == null ? null : descriptor.createImage();
            });
        }
    }
}
