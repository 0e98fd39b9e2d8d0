package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code normative publish --redline-from} as a separate process: a standard tagged v1.0.0 in a
 * temporary Git repository, then edited (a criterion reworded, a point removed), published with
 * Word, HTML and PDF redline editions beside the clean ones.
 */
class RedlineIT {

    @TempDir
    Path repository;

    @BeforeEach
    void createRepository() throws Exception {
        TestRepositories.initTagged(repository, TestRepositories.SMALL_STANDARD, "v1.0.0").close();
        Path pm = repository.resolve("pm.norm");
        String text = Files.readString(pm);
        String edited = text.replace("Writes a decision memo for a real product trade-off.",
                "Writes a decision memo for a real product trade-off, with the options weighed.");
        assertFalse(text.equals(edited), "the test's edit must change the file");
        Files.writeString(pm, edited);
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }

    @Test
    void aWordRedlineSinceATagSitsBesideTheCleanEditionWithTrackedChanges() throws Exception {
        Result result = CliProcess.run(repository, "publish", ".", "--format", "docx,json", "--redline-from", "v1.0.0",
                "--out", "editions");
        assertEquals(0, result.exitCode(), result::toString);
        Path editions = repository.resolve("editions");
        assertEquals(List.of("editions/acme.demo-1.0.0.docx", "editions/acme.demo-1.0.0.json",
                "editions/normative-edition.schema.json", "editions/acme.demo-1.0.0-redline.docx"),
                result.stdoutLines().stream().map(line -> line.replace('\\', '/')).toList(), result::toString);
        String redline = documentXml(editions.resolve("acme.demo-1.0.0-redline.docx"));
        assertTrue(redline.matches("(?s).*<w:ins [^>]*w:author=\"Demo Committee\"[^>]*><w:r><w:t>, with the options weighed</w:t></w:r></w:ins>.*"),
                "the inserted words as a tracked insertion");
        String clean = documentXml(editions.resolve("acme.demo-1.0.0.docx"));
        assertFalse(Files.exists(editions.resolve("acme.demo-1.0.0-redline.html")), "only the formats asked for");
        assertFalse(clean.contains("<w:ins "), "the clean edition has no revision marks");
        assertTrue(clean.contains("Writes a decision memo for a real product trade-off, with the options weighed."));
        // the redline implies the annex of the changes since the same version
        assertEquals("1.0.0", new ObjectMapper().readTree(editions.resolve("acme.demo-1.0.0.json").toFile())
                .get("changes").get("since").asText());
    }

    @Test
    void htmlAndPdfRedlinesMarkTheInsertedWordsBesideTheCleanEditions() throws Exception {
        Result result = CliProcess.run(repository, "publish", ".", "--format", "html,pdf", "--redline-from", "v1.0.0",
                "--out", "editions");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("editions/acme.demo-1.0.0.html", "editions/acme.demo-1.0.0.pdf",
                "editions/acme.demo-1.0.0-redline.html", "editions/acme.demo-1.0.0-redline.pdf"),
                result.stdoutLines().stream().map(line -> line.replace('\\', '/')).toList(), result::toString);
        Path editions = repository.resolve("editions");
        String redline = Files.readString(editions.resolve("acme.demo-1.0.0-redline.html"));
        assertTrue(redline.contains("trade-off<ins datetime=\"2026-01-15\">, with the options weighed</ins>."), "the inserted words in <ins>");
        assertTrue(redline.contains("class=\"redline-legend\""), "the legend on the cover");
        String clean = Files.readString(editions.resolve("acme.demo-1.0.0.html"));
        assertFalse(clean.contains("<ins"), "the clean edition has no marks");
        byte[] pdf = Files.readAllBytes(editions.resolve("acme.demo-1.0.0-redline.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void theEarlierVersionCanBeAFolderAndARemovedPointIsDeleted() throws Exception {
        Path pm = repository.resolve("pm.norm");
        String text = Files.readString(pm);
        int start = text.indexOf("        point acumen");
        int end = text.indexOf("}", start) + 1;
        Files.writeString(pm, text.substring(0, start) + text.substring(end));
        Result result = CliProcess.run(repository, "publish", ".", "--format", "docx,html", "--redline-from",
                TestRepositories.SMALL_STANDARD.toString(), "--out", "editions");
        assertEquals(0, result.exitCode(), result::toString);
        String html = Files.readString(repository.resolve("editions/acme.demo-1.0.0-redline.html"));
        assertTrue(html.matches("(?s).*<del class=\"redline-block\"[^>]*>\\s*<section class=\"point\">\\s*<h4 class=\"point-title\">"
                + "<span class=\"number\">2\\.1\\.3</span> Professional Acumen</h4>.*"), "the removed point, deleted, without an id");
        String redline = documentXml(repository.resolve("editions/acme.demo-1.0.0-redline.docx"));
        assertTrue(redline.contains("<w:delText>2.1.3 Professional Acumen</w:delText>"), "the removed point's heading, deleted");
        assertTrue(redline.contains("<w:delText>Coaches other product managers in structured reasoning.</w:delText>"));
    }

    @Test
    void aFormatWithoutRedlineIsAOneLineErrorAndNothingIsWritten() {
        Result result = CliProcess.run(repository, "publish", ".", "--format", "json", "--redline-from", "v1.0.0",
                "--out", "editions");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.stderrLines().size(), result::toString);
        assertTrue(result.stderr().contains("redline"), result::toString);
        result.assertNoStackTrace();
        assertFalse(Files.exists(repository.resolve("editions")), result::toString);
    }

    @Test
    void anUnknownRevisionIsAOneLineError() {
        Result result = CliProcess.run(repository, "publish", ".", "--redline-from", "v9.9.9", "--out", "editions");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.stderrLines().size(), result::toString);
        assertTrue(result.stderr().contains("v9.9.9"), result::toString);
        result.assertNoStackTrace();
    }
}
