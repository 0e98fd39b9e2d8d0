package org.normative.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.project.ProjectException;

/** The bundled AI Professional Competency Model (three files, 69 points, 207 criteria). */
class SeedExampleTest {

    @Test
    void seedExampleComparedWithItselfHasNoChanges() throws ProjectException {
        ChangeReport report = StandardDiff.compare(TestFiles.example(), TestFiles.example());
        assertEquals(List.of(), report.changes());
        assertEquals(Semver.NONE, report.semver());
    }

    @Test
    void copyOfTheSeedWithOneRewordedCriterionHasExactlyOneChange(@TempDir Path copy) throws IOException, ProjectException {
        try (var files = Files.list(TestFiles.example())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path aipm = copy.resolve("01-aipm.norm");
        String old = "Writes a PRD with a process flowchart and a prototype for an AI feature";
        String source = Files.readString(aipm);
        assertTrue(source.contains(old));
        Files.writeString(aipm, source.replace(old, "Writes a PRD with a user flow and a prototype for an AI feature"));

        ChangeReport report = StandardDiff.compare(TestFiles.example(), copy);
        assertEquals(List.of("criterion-reworded criterion AIPM.foundations.core-product tier=2 field=statement"),
                VersionPairsTest.summaries(report));
        assertEquals(Semver.PATCH, report.semver());
        assertEquals("1.0.0", report.from());
        assertEquals("1.0.0", report.to());
    }

    @Test
    void everyRoleDimensionAndPointOfTheSeedIsComparedAcrossItsFiles(@TempDir Path copy) throws IOException, ProjectException {
        // drop the AI Engineer's file: exactly one removed role and its two profiles, found although they live in a 'part of' file
        Files.copy(TestFiles.example().resolve("standard.norm"), copy.resolve("standard.norm"));
        Files.copy(TestFiles.example().resolve("01-aipm.norm"), copy.resolve("01-aipm.norm"));
        ChangeReport report = StandardDiff.compare(TestFiles.example(), copy);
        assertEquals(List.of("removed role AIE", "removed profile aie", "removed profile lead-aie"), VersionPairsTest.summaries(report));
        assertEquals(Semver.MAJOR, report.semver());
    }
}
