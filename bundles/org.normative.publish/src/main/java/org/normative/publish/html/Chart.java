package org.normative.publish.html;

import java.util.Optional;

import org.normative.publish.view.EditionView;

/**
 * A chart printed with a role: a self-contained SVG document, its size in CSS pixels and a
 * description that stands in for it (its alternative text).
 */
public record Chart(String svg, double width, double height, String description) {

    /** Where the charts of an edition come from: at most one per role. */
    @FunctionalInterface
    public interface Source {

        /** No charts. */
        Source NONE = (edition, role) -> Optional.empty();

        Optional<Chart> chart(EditionView edition, EditionView.RoleView role);
    }

    /** The SVG element without an XML declaration or a document type, to be put inline into XHTML. */
    public String inlineSvg() {
        String markup = svg.strip();
        if (markup.startsWith("<?xml")) {
            markup = markup.substring(markup.indexOf("?>") + 2).strip();
        }
        if (markup.startsWith("<!DOCTYPE")) {
            markup = markup.substring(markup.indexOf('>') + 1).strip();
        }
        return markup;
    }
}
