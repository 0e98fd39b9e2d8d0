package org.normative.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.normative.publish.view.EditionView;

/**
 * One format of edition ({@code docx}, {@code json}; {@code pdf} and {@code html} to come). A new
 * format is one class implementing this interface, listed in {@link Publishers#standard()}.
 * Publishers print the {@link EditionView} they are given and compute nothing of their own
 * (numbers, order, language fallback and labels come from the view), so that every format prints
 * the same numbers and text. They must be deterministic: no clock, no hash order.
 */
public interface Publisher {

    /** The name that selects this format, as in {@code --format json}. */
    String name();

    /** The extension of the edition's file, without the dot. */
    String fileExtension();

    /**
     * Writes the edition to {@code out}. {@code out} is a temporary file that replaces the
     * edition only when this method returns normally; do not close it.
     */
    void publish(EditionView edition, OutputStream out) throws IOException;

    /** Files published next to the editions of this format (file name → content), e.g. the JSON Schema. */
    default Map<String, byte[]> companionFiles() {
        return Map.of();
    }
}
