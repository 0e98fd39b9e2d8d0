package org.normative.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normative.workbench.tests.UiTestSupport.errors;
import static org.normative.workbench.tests.UiTestSupport.hasMarker;
import static org.normative.workbench.tests.UiTestSupport.offsetOf;
import static org.normative.workbench.tests.UiTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.workbench.editor.NormativeEditor;
import org.normative.workbench.startup.StandardProjects;

/**
 * How long after a keystroke the Problems view has the new marker, in a standard of 1,000
 * points (one file, 10 dimensions of 100 points, 3 criteria each): the time from the document
 * change to the marker in the workspace, and back. Reported in target/marker-latency.txt; the
 * goal is 300 ms (docs/performance.md).
 */
class MarkerLatencyTest {

    static final int POINTS = 1_000;
    static final int ROUNDS = 10;

    @TempDir
    Path temp;

    IProject project;

    @AfterEach
    void closeAndRemove() throws Exception {
        UiTestSupport.closeAllAndDelete(project);
    }

    @Test
    void markersFollowAKeystrokeInAThousandPointStandard() throws Exception {
        Path folder = temp.resolve("thousand-points");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("standard.norm"), SyntheticStandard.text(POINTS), StandardCharsets.UTF_8);
        project = StandardProjects.projectAt(folder, new NullProgressMonitor());
        IFile file = project.getFile("standard.norm");
        NormativeEditor editor = UiTestSupport.open(file);
        waitUntil("the outline of the 1,000 points", () -> !editor.getSymbols().isEmpty());
        UiTestSupport.runEventsFor(1_000);
        assertEquals(0, errors(file), UiTestSupport.rules(file).toString());

        IDocument document = editor.getDocument();
        // the tier of a criterion in the middle of the file: 3 -> 4 is an error (unknown-tier), 4 -> 3 repairs it
        int tier = offsetOf(document, "criterion 3 \"Leads the practice of point 500", 0) + "criterion ".length();
        List<Long> appear = new ArrayList<>();
        List<Long> vanish = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            document.replace(tier, 1, "4");
            waitUntil("the unknown-tier marker", () -> hasMarker(file, "unknown-tier"));
            appear.add((System.nanoTime() - start) / 1_000_000);

            start = System.nanoTime();
            document.replace(tier, 1, "3");
            waitUntil("the marker to go", () -> !hasMarker(file, "unknown-tier"));
            vanish.add((System.nanoTime() - start) / 1_000_000);
        }
        String report = "Marker latency after a keystroke, " + POINTS + " points in one file (" + document.getNumberOfLines()
                + " lines), " + ROUNDS + " rounds:\n"
                + "  error appears:   median " + median(appear) + " ms, max " + Collections.max(appear) + " ms " + appear + "\n"
                + "  error disappears: median " + median(vanish) + " ms, max " + Collections.max(vanish) + " ms " + vanish + "\n";
        System.out.println(report);
        Path reports = Path.of(System.getProperty("normative.reports", "target"));
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("marker-latency.txt"), report, StandardCharsets.UTF_8);
        // the goal is 300 ms; the bound here leaves room for a loaded build machine and catches a regression
        assertTrue(median(appear) < 1_500, report);
        editor.doRevertToSaved();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
