package org.normative.publish.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that LibreOffice reads the Word redline's tracked changes: converted to PDF (which shows
 * the changes, as LibreOffice does on screen), the reworded criterion's deleted and inserted words
 * and the removed point are all there. Skipped without LibreOffice, as {@link DocxLibreOfficeTest}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RedlineLibreOfficeTest {

    @TempDir
    Path temp;

    @Test
    void libreoffice_shows_the_deleted_and_the_inserted_words() throws Exception {
        Path soffice = DocxLibreOfficeTest.soffice();
        String reworded = text(soffice, "reword-criterion-at-one-tier");
        assertTrue(reworded.contains("flowchart"), "the deleted words are shown");
        assertTrue(reworded.contains("user flows"), "the inserted words are shown");
        assertTrue(reworded.contains("clickable prototype"), reworded);
        String removed = text(soffice, "remove-point");
        assertTrue(removed.contains("Professional Acumen"), "the removed point is shown, deleted");
        assertTrue(removed.contains("Coaches other product managers in structured reasoning."), removed);
    }

    @Test
    void libreoffice_opens_a_criterion_moved_to_another_tier_and_shows_it_at_both_places() throws Exception {
        Path pair = org.normative.publish.TestStandards.retieredCriterion(temp.resolve("retiered-pair"));
        byte[] redline = DocxEditionTest.docx(org.normative.publish.TestStandards.view(pair.resolve("after"), null)
                .withRedlineFrom(org.normative.publish.TestStandards.view(pair.resolve("before"), null)));
        String text = text(DocxLibreOfficeTest.soffice(), "retiered", redline);
        assertEquals(2, text.split("Ranks a short backlog with a named prioritization method\\.", -1).length - 1, text);
        assertTrue(text.contains("Names three prioritization methods."), text);
    }

    private String text(Path soffice, String pair) throws Exception {
        return text(soffice, pair, DocxEditionTest.docx(RedlineDocxTest.redline(pair)));
    }

    private String text(Path soffice, String pair, byte[] redline) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(pair));
        Path docx = Files.write(folder.resolve("redline.docx"), redline);
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.toString(), docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("LibreOffice did not convert within 5 minutes");
        }
        Path pdf = folder.resolve("redline.pdf");
        assertTrue(Files.isRegularFile(pdf), () -> "no PDF: " + folder.resolve("soffice.log"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
