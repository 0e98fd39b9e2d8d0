package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

/**
 * {@code normative release} as a separate process, in a temporary Git repository: a small standard
 * tagged v1.0.0, then a point added in the working tree (semver advice: minor).
 */
class ReleaseCommandIT {


    @TempDir
    Path repository;

    @BeforeEach
    void createRepository() throws Exception {
        TestRepositories.initTagged(repository, TestRepositories.SMALL_STANDARD, "v1.0.0").close();
        Path pm = repository.resolve("pm.norm");
        Files.writeString(pm, Files.readString(pm).replace("        point acumen ", """
                point discovery "Product Discovery" {
                    scope "Finding out what users need before building it."
                    criterion 1 "Runs a user interview with a prepared guide."
                    criterion 2 "Plans the discovery work of a product team."
                    criterion 3 "Sets up continuous discovery across products."
                }

                point acumen \
        """.indent(8).stripTrailing() + " "));
    }

    @Test
    void aMinorReleaseIsTaggedAndTheNextDiffIsEmpty() throws Exception {
        Result result = CliProcess.run(repository, "release", "1.1.0", "--tag", "--date", "2026-05-04");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Release 1.1.0 2026-05-04 \"1 point added.\"", result.stdoutLines().get(0), result::toString);
        assertTrue(result.stdout().contains("tagged v1.1.0"), result::toString);
        assertEquals("", result.stderr(), result::toString);
        assertTrue(Files.readString(repository.resolve("standard.norm"))
                .contains("standard acme.demo version 1.1.0 {"), result::toString);

        Result diff = CliProcess.run(repository, "diff", "v1.1.0");
        assertEquals(0, diff.exitCode(), diff::toString);
        assertEquals("Changes from 1.1.0 to 1.1.0: no changes (semver advice: none)", diff.stdoutLines().get(0), diff::toString);
    }

    @Test
    void aPatchVersionIsRefusedInOneLine() throws Exception {
        String before = Files.readString(repository.resolve("standard.norm"));
        Result result = CliProcess.run(repository, "release", "1.0.1");
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(1, result.stderrLines().size(), result::toString);
        assertEquals("normative: version 1.0.1 is a patch release, but the 1 change since v1.0.0 call for a minor release "
                + "(at least 1.1.0) (--force to release it anyway)", result.stderrLines().get(0), result::toString);
        result.assertNoStackTrace();
        assertEquals(before, Files.readString(repository.resolve("standard.norm")));

        Result forced = CliProcess.run(repository, "release", "1.0.1", "--force", "--summary", "Discovery added.");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertTrue(forced.stderr().startsWith("normative: warning: version 1.0.1 is a patch release"), forced::toString);
        assertTrue(Files.readString(repository.resolve("standard.norm")).contains("\"Discovery added.\""));
    }
}
