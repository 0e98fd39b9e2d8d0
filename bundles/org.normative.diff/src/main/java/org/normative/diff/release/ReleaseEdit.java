package org.normative.diff.release;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.normative.dsl.project.ProjectException;
import org.normative.model.NormativePackage;
import org.normative.model.Release;
import org.normative.model.Standard;

/**
 * The minimal text edit of a standard's source file for a release: the header's
 * {@code version} replaced, and one {@code release VERSION DATE "SUMMARY"} line added after the
 * last {@code release} line (or before the standard's closing {@code }} when there is none), with
 * the indentation of the last release line (the standard's own plus four spaces otherwise). Nothing
 * else in the file changes: comments, layout and line endings are kept. The offsets come from the
 * node model of the parsed file, so {@code text} must be the text {@code standard} was parsed from.
 */
public final class ReleaseEdit {

    private ReleaseEdit() {
    }

    /** The source file that declares {@code standard}. */
    public static Path fileOf(Standard standard) {
        return Path.of(standard.eResource().getURI().toFileString());
    }

    /** {@code text} (the source of {@code standard}) with the release {@code version} added. */
    public static String apply(String text, Standard standard, String version, String date, String summary)
            throws ProjectException {
        for (Release release : standard.getReleases()) {
            if (version.equals(release.getVersion())) {
                throw new ProjectException(fileOf(standard) + ": already has a release entry for " + version);
            }
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String entry = "release " + version + " " + date + " \"" + escape(summary) + "\"";
        ICompositeNode standardNode = NodeModelUtils.getNode(standard);

        // the last release line (in the text), else the closing brace
        int lastReleaseEnd = -1;
        for (Release release : standard.getReleases()) {
            INode node = NodeModelUtils.getNode(release);
            if (node != null && release.eResource() == standard.eResource()) {
                lastReleaseEnd = Math.max(lastReleaseEnd, node.getEndOffset());
            }
        }
        StringBuilder edited = new StringBuilder(text);
        if (lastReleaseEnd >= 0) {
            int lineStart = text.lastIndexOf('\n', lastReleaseEnd - 1) + 1;
            String indent = indentation(text, lineStart);
            int lineEnd = text.indexOf('\n', lastReleaseEnd);
            if (lineEnd < 0) {
                lineEnd = text.length();
            } else if (lineEnd > 0 && text.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            edited.insert(lineEnd, newline + indent + entry);
        } else {
            int brace = closingBrace(standardNode);
            String outer = indentation(text, text.lastIndexOf('\n', standardNode.getOffset() - 1) + 1);
            int lineStart = text.lastIndexOf('\n', brace - 1) + 1;
            if (text.substring(lineStart, brace).isBlank()) {
                edited.insert(lineStart, outer + "    " + entry + newline);
            } else {
                edited.insert(brace, newline + outer + "    " + entry + newline + outer);
            }
        }

        // the header's version (before the releases in the text: its offset is unchanged)
        List<INode> versionNodes = NodeModelUtils.findNodesForFeature(standard, NormativePackage.Literals.STANDARD__VERSION);
        if (versionNodes.isEmpty()) {
            throw new ProjectException(fileOf(standard) + ": the standard declares no version");
        }
        INode versionNode = versionNodes.get(0);
        edited.replace(versionNode.getOffset(), versionNode.getEndOffset(), version);
        return edited.toString();
    }

    private static int closingBrace(ICompositeNode node) throws ProjectException {
        ILeafNode last = null;
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                last = leaf;
            }
        }
        if (last == null || !"}".equals(last.getText())) {
            throw new ProjectException("the standard has no closing '}'");
        }
        return last.getOffset();
    }

    private static String indentation(String text, int lineStart) {
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    /** A text as the content of a {@code "..."} string: one line, {@code \} and {@code "} escaped. */
    static String escape(String text) {
        return text.replaceAll("\\s+", " ").strip().replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
