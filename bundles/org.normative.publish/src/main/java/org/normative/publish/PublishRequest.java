package org.normative.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * What to publish: the formats by name (empty: every format), the language ({@code null}: the
 * standard's default language) and the folder to write the editions to.
 */
public record PublishRequest(List<String> formats, String language, Path outputFolder) {

    public PublishRequest {
        formats = formats == null ? List.of() : List.copyOf(formats);
        if (outputFolder == null) {
            throw new IllegalArgumentException("no output folder");
        }
    }
}
