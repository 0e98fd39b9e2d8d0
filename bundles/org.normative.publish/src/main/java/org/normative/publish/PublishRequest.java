package org.normative.publish;

import java.nio.file.Path;
import java.util.List;

import org.normative.diff.ChangeReport;
import org.normative.model.Standard;

/**
 * What to publish: the formats by name (empty: every format), the language ({@code null}: the
 * standard's default language), the folder to write the editions to, and the changes from an
 * earlier version for the "Changes since" annex ({@code null}: no annex), and the earlier version
 * of the standard to mark the changes from in redline editions ({@code null}: no redline edition).
 */
public record PublishRequest(List<String> formats, String language, Path outputFolder, ChangeReport changes,
        Standard redlineFrom) {

    public PublishRequest {
        formats = formats == null ? List.of() : List.copyOf(formats);
        if (outputFolder == null) {
            throw new IllegalArgumentException("no output folder");
        }
    }

    /** Editions without a redline. */
    public PublishRequest(List<String> formats, String language, Path outputFolder, ChangeReport changes) {
        this(formats, language, outputFolder, changes, null);
    }

    /** Editions without a "Changes since" annex. */
    public PublishRequest(List<String> formats, String language, Path outputFolder) {
        this(formats, language, outputFolder, null);
    }

    /** The same request with the "Changes since" annex of {@code report}. */
    public PublishRequest withChanges(ChangeReport report) {
        return new PublishRequest(formats, language, outputFolder, report, redlineFrom);
    }

    /** The same request with redline editions marking the changes from {@code earlier}, an earlier version of the standard. */
    public PublishRequest withRedlineFrom(Standard earlier) {
        return new PublishRequest(formats, language, outputFolder, changes, earlier);
    }
}
