package org.normative.publish.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.normative.publish.Publisher;
import org.normative.publish.view.EditionView;

/**
 * The Word edition ({@code .docx}, Office Open XML), written with Apache POI: a cover page, a
 * table of contents that Word fills in on opening, the front matter and principles, the tier
 * scheme, every role, dimension and point under Word's built-in heading styles with the view's
 * numbers, each point's criteria in a table by tier, relations as linked cross references, the
 * profiles, the glossary and the release history; a running header with the title and version,
 * and "Page X of Y" in the footer.
 *
 * <p>Deterministic: dates come from the standard's {@code issued} date (document properties and
 * zip entries), never from the clock, so the same source gives the same bytes. The standard's
 * text is set as character data, never parsed, and nothing is loaded from anywhere.
 */
public final class DocxPublisher implements Publisher {

    public static final String NAME = "docx";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void publish(EditionView edition, OutputStream out) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream(1 << 20);
        try (XWPFDocument document = new XWPFDocument()) {
            new EditionDocument(edition, document).write();
            document.write(zip);
        }
        StableZip.copy(zip.toByteArray(), out,
                EditionDocument.issued(edition).map(day -> day.atStartOfDay()).orElse(StableZip.EPOCH));
    }
}
