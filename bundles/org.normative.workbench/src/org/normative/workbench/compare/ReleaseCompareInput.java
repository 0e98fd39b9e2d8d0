package org.normative.workbench.compare;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffContainer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;
import org.normative.diff.Change;
import org.normative.diff.ChangeReport;
import org.normative.diff.git.GitRevisions;
import org.normative.dsl.project.ProjectException;

/**
 * Compare with Release: the semantic diff ({@code org.normative.diff}, as {@code normative diff
 * REV}) between a release (a Git tag, or a file or folder) and the standard's folder as saved, as
 * a tree of changes in a compare editor: roles and dimensions as groups, each change a node with
 * the text of the release on the right and of the working version on the left. Double-clicking a
 * change shows the element in the editor.
 */
public final class ReleaseCompareInput extends CompareEditorInput {

    private final Path folder;
    private final String release;
    private ChangeReport report;

    /** {@code release}: a Git revision (tag, branch, commit) of the repository holding {@code folder}, or a path. */
    public ReleaseCompareInput(Path folder, String release) {
        super(configuration(release));
        this.folder = folder;
        this.release = release;
        setTitle("Compare " + folder.getFileName() + " with " + release);
    }

    private static CompareConfiguration configuration(String release) {
        CompareConfiguration configuration = new CompareConfiguration();
        configuration.setLeftLabel("Working version");
        configuration.setRightLabel("Release " + release);
        configuration.setLeftEditable(false);
        configuration.setRightEditable(false);
        return configuration;
    }

    /** The report, once {@link #run(IProgressMonitor)} has computed it. */
    public ChangeReport report() {
        return report;
    }

    @Override
    protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
        monitor.beginTask("Comparing with " + release, IProgressMonitor.UNKNOWN);
        try {
            report = GitRevisions.compare(release, null, folder);
        } catch (ProjectException e) {
            throw new InvocationTargetException(e, e.getMessage());
        } finally {
            monitor.done();
        }
        setTitle("Compare " + folder.getFileName() + " " + report.to() + " with release " + report.from() + " (" + release + ")");
        getCompareConfiguration().setRightLabel("Release " + report.from() + " (" + release + ")");
        return tree(report);
    }

    /** The changes as a tree: the role and dimension of an element's id path are groups. */
    static DiffNode tree(ChangeReport report) {
        DiffNode root = new DiffNode(Differencer.NO_CHANGE);
        Map<String, IDiffContainer> groups = new LinkedHashMap<>();
        for (Change change : report.changes()) {
            IDiffContainer parent = root;
            String id = change.id();
            if (id != null && (change.element().isTree() || change.element() == org.normative.diff.ElementType.CRITERION)) {
                String[] parts = id.split("\\.");
                String path = "";
                // groups for the containers of the element (a point's role and dimension, a dimension's role)
                int containers = change.element() == org.normative.diff.ElementType.ROLE ? 0 : parts.length - 1;
                if (change.element() == org.normative.diff.ElementType.CRITERION) {
                    containers = parts.length;
                }
                for (int i = 0; i < containers; i++) {
                    path = path.isEmpty() ? parts[i] : path + "." + parts[i];
                    IDiffContainer container = parent;
                    String key = path;
                    parent = groups.computeIfAbsent(key, k -> new ChangeNode(container, parts[key.split("\\.").length - 1], null));
                }
            }
            new ChangeNode(parent, label(change), change);
        }
        return root;
    }

    /** {@code reworded point core-product: scope}, {@code criterion-added tier 3}, ... */
    static String label(Change change) {
        StringBuilder label = new StringBuilder(change.kind().label()).append(' ').append(change.element().label());
        if (change.id() != null && change.element() != org.normative.diff.ElementType.CRITERION) {
            // a criterion is shown under its point
            String id = change.id();
            label.append(' ').append(change.element().isTree() ? id.substring(id.lastIndexOf('.') + 1) : id);
        }
        if (change.to() != null) {
            label.append(" \u2192 ").append(change.to());
        }
        if (change.tier() != null) {
            label.append(" tier ").append(change.tier());
        }
        if (change.field() != null) {
            label.append(": ").append(change.field());
        }
        if (change.language() != null) {
            label.append(" (").append(change.language()).append(')');
        }
        return label.toString();
    }

    @Override
    public Viewer createDiffViewer(Composite parent) {
        Viewer viewer = super.createDiffViewer(parent);
        if (viewer instanceof StructuredViewer structured) {
            structured.addDoubleClickListener(event -> {
                if (event.getSelection() instanceof IStructuredSelection selection
                        && selection.getFirstElement() instanceof ChangeNode node && node.change() != null) {
                    ElementLocator.reveal(folder, node.change());
                }
            });
        }
        return viewer;
    }
}
