package org.normative.workbench.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffContainer;
import org.eclipse.swt.graphics.Image;
import org.normative.diff.Change;
import org.normative.diff.ChangeKind;

/**
 * One change of the semantic diff in the compare editor's tree, with the text of each side
 * (the release on the right, the working version on the left). Group nodes (a role, a
 * dimension) have no change of their own.
 */
public final class ChangeNode extends DiffNode {

    private final String label;
    private final Change change;

    ChangeNode(IDiffContainer parent, String label, Change change) {
        super(parent, change == null ? Differencer.NO_CHANGE : kind(change.kind()),
                null, change == null ? null : side(label, change.after()), change == null ? null : side(label, change.before()));
        this.label = label;
        this.change = change;
    }

    /** The change shown, {@code null} for a group. */
    public Change change() {
        return change;
    }

    @Override
    public String getName() {
        return label;
    }

    @Override
    public String getType() {
        return ITypedElement.TEXT_TYPE;
    }

    private static int kind(ChangeKind kind) {
        return switch (kind) {
            case ADDED, CRITERION_ADDED, RELATION_ADDED, TRANSLATION_ADDED -> Differencer.ADDITION;
            case REMOVED, CRITERION_REMOVED, RELATION_REMOVED, TRANSLATION_REMOVED -> Differencer.DELETION;
            default -> Differencer.CHANGE;
        };
    }

    private static ITypedElement side(String name, String text) {
        return text == null ? null : new Text(name, text);
    }

    /** A text of one side: shown by the compare editor's text viewer. */
    static final class Text implements ITypedElement, IEncodedStreamContentAccessor {
        private final String name;
        private final String text;

        Text(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public String getType() {
            return ITypedElement.TEXT_TYPE;
        }

        @Override
        public InputStream getContents() {
            return new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getCharset() {
            return StandardCharsets.UTF_8.name();
        }
    }
}
