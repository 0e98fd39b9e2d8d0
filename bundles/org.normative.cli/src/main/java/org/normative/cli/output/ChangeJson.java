package org.normative.cli.output;

import java.io.PrintWriter;

import org.normative.diff.Change;
import org.normative.diff.ChangeReport;
import org.normative.diff.text.Segment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code {"from": VERSION, "to": VERSION, "semver": "major|minor|patch|none", "changes": [{"kind",
 * "element", "id", "to", "tier", "field", "language", "before", "after", "words"}]}}; fields that
 * do not apply are left out.
 */
final class ChangeJson {

    private ChangeJson() {
    }

    static void write(ChangeReport report, PrintWriter out) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("from", report.from());
        root.put("to", report.to());
        root.put("semver", report.semver().label());
        ArrayNode changes = root.putArray("changes");
        for (Change change : report.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().label());
            node.put("element", change.element().label());
            putIfSet(node, "id", change.id());
            putIfSet(node, "to", change.to());
            if (change.tier() != null) {
                node.put("tier", change.tier());
            }
            putIfSet(node, "field", change.field());
            putIfSet(node, "language", change.language());
            putIfSet(node, "before", change.before());
            putIfSet(node, "after", change.after());
            if (!change.words().isEmpty()) {
                ArrayNode words = node.putArray("words");
                for (Segment segment : change.words()) {
                    words.addObject().put("op", segment.operation().label()).put("text", segment.text());
                }
            }
        }
        out.println(root.toPrettyString());
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
