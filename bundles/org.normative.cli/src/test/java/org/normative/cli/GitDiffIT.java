package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

/**
 * {@code normative diff REV [REV] [--path DIR]} as a separate process, in a temporary Git
 * repository: a small standard tagged v1.0.0, a point moved and a criterion reworded in the next
 * commit (v1.1.0), and a scope reworded in the working tree.
 */
class GitDiffIT {

    private static final Path PAIRS = CliProcess.repositoryRoot().resolve("bundles/org.normative.diff/src/test/resources/pairs");

    @TempDir
    Path repository;

    @BeforeEach
    void createRepository() throws Exception {
        // the standard at the root of the repository
        PersonIdent secretary = TestRepositories.SECRETARY;
        try (Git git = TestRepositories.initTagged(repository, TestRepositories.SMALL_STANDARD, "v1.0.0")) {
            Files.copy(PAIRS.resolve("move-point-between-dimensions/after/pm.norm"), repository.resolve("pm.norm"),
                    StandardCopyOption.REPLACE_EXISTING);
            replace(repository.resolve("pm.norm"), "Writes a PRD with a flowchart and a prototype for an AI feature.",
                    "Writes a PRD with user flows and a prototype for an AI feature.");
            replace(repository.resolve("standard.norm"), "version 1.0.0", "version 1.1.0");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("1.1.0").setAuthor(secretary).setCommitter(secretary).setSign(false).call();
            git.tag().setName("v1.1.0").setAnnotated(false).call();
        }
        replace(repository.resolve("eng.norm"), "Continuously delivering business value.",
                "Continuously delivering measurable business value.");
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        Files.writeString(file, Files.readString(file).replace(text, replacement));
    }

    @Test
    void aTagAgainstTheWorkingTreeListsTheChangesSinceThatRelease() {
        Result result = CliProcess.run(repository, "diff", "--no-color", "v1.0.0");
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(List.of(
                "Changes from 1.0.0 to 1.1.0: 4 changes (semver advice: major)",
                "  version-changed standard field=version: \"1.0.0\" -> \"1.1.0\"",
                "  reworded point ENG.practice.delivery-practice field=scope: Continuously delivering {+measurable +}business value.",
                "  criterion-reworded criterion PM.foundations.core-product tier=2 field=statement: "
                        + "Writes a PRD with [-a flowchart-]{+user flows+} and a prototype for an AI feature.",
                "  moved point PM.foundations.acumen to=PM.delivery.acumen"),
                result.stdoutLines(), result::toString);
        result.assertNoStackTrace();
        assertEquals("", result.stderr(), result::toString);
    }

    @Test
    void twoTagsAndThePathOption() throws Exception {
        Files.createDirectories(repository.resolve("docs"));
        Result result = CliProcess.run(repository.resolve("docs"), "diff", "-f", "json", "v1.0.0", "v1.1.0", "--path", "..");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("\"from\" : \"1.0.0\"") || result.stdout().contains("\"from\":\"1.0.0\""), result::toString);

        Result same = CliProcess.run(repository, "diff", "v1.0.0", "v1.0.0");
        assertEquals(0, same.exitCode(), same::toString);
        assertEquals("Changes from 1.0.0 to 1.0.0: no changes (semver advice: none)", same.stdoutLines().get(0), same::toString);
        assertEquals("", same.stderr(), same::toString);
    }

    @Test
    void anUnknownRevisionOrNoRepositoryIsAUsageErrorOfOneLine(@TempDir Path elsewhere) {
        Result unknown = CliProcess.run(repository, "diff", "v9.9.9");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertEquals(1, unknown.stderrLines().size(), unknown::toString);
        assertTrue(unknown.stderr().startsWith("normative: unknown revision 'v9.9.9'"), unknown::toString);
        unknown.assertNoStackTrace();

        Assumptions.assumeTrue(new FileRepositoryBuilder().findGitDir(elsewhere.toFile()).getGitDir() == null);
        Result outside = CliProcess.run(elsewhere, "diff", "v1.0.0");
        assertEquals(2, outside.exitCode(), outside::toString);
        assertEquals(1, outside.stderrLines().size(), outside::toString);
        assertTrue(outside.stderr().contains("not inside a Git repository"), outside::toString);
        outside.assertNoStackTrace();
    }
}
