package org.normative.publish;

import java.nio.file.Path;
import java.util.List;

import org.normative.diff.ChangeReport;

/**
 * What to publish: the formats by name (empty: every format), the language ({@code null}: the
 * standard's default language), the folder to write the editions to, and the changes from an
 * earlier version for the "Changes since" annex ({@code null}: no annex).
 */
public record PublishRequest(List<String> formats, String language, Path outputFolder, ChangeReport changes) {

    public PublishRequest {
        formats = formats == null ? List.of() : List.copyOf(formats);
        if (outputFolder == null) {
            throw new IllegalArgumentException("no output folder");
        }
    }

    /** Editions without a "Changes since" annex. */
    public PublishRequest(List<String> formats, String language, Path outputFolder) {
        this(formats, language, outputFolder, null);
    }

    /** The same request with the "Changes since" annex of {@code report}. */
    public PublishRequest withChanges(ChangeReport report) {
        return new PublishRequest(formats, language, outputFolder, report);
    }
}
