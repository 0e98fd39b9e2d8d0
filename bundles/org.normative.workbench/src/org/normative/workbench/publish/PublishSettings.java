package org.normative.workbench.publish;

import java.nio.file.Path;
import java.util.List;

/** What the Publish dialog asks for: the formats, the language ({@code null}: the standard's default) and the folder. */
public record PublishSettings(List<String> formats, String language, Path outputFolder) {

    public PublishSettings {
        formats = List.copyOf(formats);
    }
}
