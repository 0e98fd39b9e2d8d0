package org.normative.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Standard;
import org.normative.publish.PublishRequest;
import org.normative.publish.Publishing;
import org.osgi.framework.FrameworkUtil;

/**
 * The publishing bundle works inside OSGi with Apache POI (wrapped as bundles by Tycho) and the
 * libraries POI needs at run time: the Word and JSON editions of the seed example are written,
 * and the Word edition opens again with POI.
 */
class OsgiPublishingTest {

    @TempDir
    Path temp;

    @Test
    void theSeedExampleIsPublishedAsWordAndJsonInsideOsgi() throws Exception {
        assertNotNull(FrameworkUtil.getBundle(Publishing.class), "publishing runs as an OSGi bundle");
        Path example = Path.of(System.getProperty("normative.root")).resolve("examples/ai-competency-model");
        Standard standard = StandardProject.load(List.of(example), Progress.NONE).standards().get(0);

        List<Path> written = new Publishing().publish(standard, new PublishRequest(List.of("docx", "json"), null, temp), Progress.NONE);

        assertEquals(temp.resolve("apd.ai-competency-1.0.0.docx"), written.get(0));
        try (InputStream in = Files.newInputStream(written.get(0)); XWPFDocument document = new XWPFDocument(in)) {
            assertEquals(69, document.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyleID())).count());
            assertEquals(2, document.getAllPictures().stream().filter(p -> p.getFileName().endsWith(".png")).count(),
                    "the radar charts, drawn with Java2D");
        }
    }
}
