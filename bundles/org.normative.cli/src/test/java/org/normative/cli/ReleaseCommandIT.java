package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

/**
 * {@code normative release} as a separate process, in a temporary Git repository: a small standard
 * tagged v1.0.0, then a point added in the working tree (semver advice: minor). A release either
 * happens whole (edit, commit, tag) or leaves the repository and the files as they were.
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
    void aReleaseCandidateIsTaggedAndCompared() throws Exception {
        Result result = CliProcess.run(repository, "release", "1.1.0-rc.1", "--tag", "--date", "2026-05-04");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Release 1.1.0-rc.1 2026-05-04 \"1 point added.\"", result.stdoutLines().get(0), result::toString);
        assertTrue(result.stdout().contains("tagged v1.1.0-rc.1"), result::toString);

        Result diff = CliProcess.run(repository, "diff", "v1.0.0", "v1.1.0-rc.1", "--format", "json");
        assertEquals(1, diff.exitCode(), diff::toString);
        assertTrue(diff.stdout().contains("\"to\" : \"1.1.0-rc.1\""), diff::toString);

        Result older = CliProcess.run(repository, "release", "1.1.0-beta.2");
        assertEquals(1, older.exitCode(), older::toString);
        assertEquals(List.of("normative: version 1.1.0-beta.2 is not greater than the last pre-release 1.1.0-rc.1 "
                + "(tag v1.1.0-rc.1) (--force to release it anyway)"), older.stderrLines(), older::toString);
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

    @Test
    void aTagThatCannotBeCreatedLeavesTheRepositoryAsItWas() throws Exception {
        byte[] standard = Files.readAllBytes(repository.resolve("standard.norm"));
        byte[] pm = Files.readAllBytes(repository.resolve("pm.norm"));
        String head = head();
        // another Git process holds the tag's ref: JGit cannot create the tag, after the release commit was made
        Path lock = Files.createDirectories(repository.resolve(".git/refs/tags")).resolve("v1.1.0.lock");
        Files.writeString(lock, "");

        Result result = CliProcess.run(repository, "release", "1.1.0", "--tag", "--date", "2026-05-04");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.stderrLines().size(), result::toString);
        String message = result.stderrLines().get(0);
        assertTrue(message.startsWith("normative: cannot tag the release 1.1.0 as v1.1.0: "), message);
        assertTrue(message.endsWith("; nothing was released: the release commit was undone and the standard restored"), message);
        result.assertNoStackTrace();
        assertEquals("", result.stdout(), result::toString);
        assertArrayEquals(standard, Files.readAllBytes(repository.resolve("standard.norm")), "standard.norm restored byte for byte");
        assertArrayEquals(pm, Files.readAllBytes(repository.resolve("pm.norm")), "the committee's edit is kept, uncommitted");
        assertEquals(head, head(), "no release commit left behind");
        try (Git git = Git.open(repository.toFile())) {
            assertEquals(Set.of("pm.norm"), git.status().call().getModified(), "the edit is uncommitted as before");
            assertTrue(git.status().call().getAdded().isEmpty() && git.status().call().getChanged().isEmpty(), "nothing staged");
            assertNull(git.getRepository().exactRef("refs/tags/v1.1.0"));
        }

        // once the lock is gone, the same command releases
        Files.delete(lock);
        Result again = CliProcess.run(repository, "release", "1.1.0", "--tag", "--date", "2026-05-04");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.stdout().contains("tagged v1.1.0"), again::toString);
    }

    @Test
    void aCommitThatCannotBeMadeRestoresTheStandard() throws Exception {
        byte[] standard = Files.readAllBytes(repository.resolve("standard.norm"));
        String head = head();
        // another Git process holds the index
        Path lock = repository.resolve(".git/index.lock");
        Files.writeString(lock, "");

        Result result = CliProcess.run(repository, "release", "1.1.0", "--tag", "--date", "2026-05-04");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.stderrLines().size(), result::toString);
        String message = result.stderrLines().get(0);
        assertTrue(message.startsWith("normative: cannot commit the release 1.1.0: "), message);
        assertTrue(message.endsWith("; nothing was released: the standard was restored"), message);
        result.assertNoStackTrace();
        assertArrayEquals(standard, Files.readAllBytes(repository.resolve("standard.norm")), "standard.norm restored byte for byte");
        assertEquals(head, head());
        Files.delete(lock);
    }

    @Test
    void anExistingTagIsRefusedBeforeAnythingIsWritten() throws Exception {
        byte[] standard = Files.readAllBytes(repository.resolve("standard.norm"));
        // a tag v1.1.0 that is no release of this branch (it names a file's content, not a commit)
        try (Git git = Git.open(repository.toFile()); ObjectInserter inserter = git.getRepository().newObjectInserter();
                RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, "not a release".getBytes(StandardCharsets.UTF_8));
            inserter.flush();
            git.tag().setName("v1.1.0").setObjectId(walk.parseAny(blob)).setAnnotated(false).call();
        }
        Result result = CliProcess.run(repository, "release", "1.1.0", "--tag", "--date", "2026-05-04");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("normative: the tag v1.1.0 already exists in " + repository.toRealPath()), result.stderrLines(),
                result::toString);
        assertArrayEquals(standard, Files.readAllBytes(repository.resolve("standard.norm")));
    }

    private String head() throws Exception {
        try (Git git = Git.open(repository.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }
}
