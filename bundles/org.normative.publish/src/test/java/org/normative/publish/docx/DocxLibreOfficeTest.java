package org.normative.publish.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.publish.TestStandards;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.PointView;

/**
 * Proof that a real office suite reads the Word edition: LibreOffice converts the example's .docx
 * to PDF, and the PDF holds every point title, with the headings as its outline (bookmarks), which
 * LibreOffice builds from the heading styles' outline levels. Skipped where LibreOffice is not
 * installed, except in CI (the variable {@code CI} set), where it fails instead: {@code .ci/run}
 * installs {@code libreoffice-writer-nogui}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocxLibreOfficeTest {

    @TempDir
    Path temp;

    @Test
    void libreoffice_converts_the_example_to_a_pdf_with_every_point_title_and_the_headings_as_its_outline() throws Exception {
        Path soffice = soffice();
        EditionView example = TestStandards.view(TestStandards.example(), null);
        Path docx = Files.write(temp.resolve("example.docx"), DocxEditionTest.docx(example));
        Path pdf = convert(soffice, docx);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() > 20, "pages: " + document.getNumberOfPages());
            String text = normalize(new PDFTextStripper().getText(document));
            assertTrue(text.contains("AI Professional Competency Model"));
            for (PointView point : example.points()) {
                assertTrue(text.contains(normalize(point.label())), point.label());
            }
            assertTrue(text.contains("Explains how a product vision, strategy, roadmap and PRD relate to one another"));
            assertTrue(text.contains("Page 2 of " + document.getNumberOfPages()), "the footer's fields, computed");

            List<String> outline = new ArrayList<>();
            collect(document.getDocumentCatalog().getDocumentOutline(), outline);
            assertTrue(outline.contains("1 AI Product Manager"), outline::toString);
            assertTrue(outline.contains("1.1 Foundational Product Management Literacy"), outline::toString);
            assertEquals(69, outline.stream().filter(title -> title.matches("\\d+\\.\\d+\\.\\d+ .*")).count(), outline::toString);
        }
    }

    /** LibreOffice's {@code soffice} on the PATH; the test is skipped without it, and fails in CI. */
    static Path soffice() {
        Optional<Path> found = onPath("soffice");
        if (found.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("LibreOffice (soffice) is not installed, and CI must run this test: "
                        + "apt-get install libreoffice-writer-nogui fonts-crosextra-carlito");
            }
            Assumptions.abort("LibreOffice (soffice) is not installed");
        }
        return found.get();
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code soffice --headless --convert-to pdf}, with a profile of its own in the temporary folder. */
    private Path convert(Path soffice, Path docx) throws IOException, InterruptedException {
        Path out = Files.createDirectories(temp.resolve("pdf"));
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("LibreOffice did not convert within 5 minutes");
        }
        Path pdf = out.resolve("example.pdf");
        assertTrue(Files.isRegularFile(pdf), () -> "no PDF; exit code " + process.exitValue() + ": " + read(temp.resolve("soffice.log")));
        return pdf;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        if (node == null) {
            return;
        }
        node.children().forEach(item -> {
            titles.add(normalize(item.getTitle()));
            collect(item, titles);
        });
    }

    /** Ligatures as letters, every run of white space as one space. */
    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }
}
