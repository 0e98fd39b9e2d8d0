package org.normative.diff.release;

import org.normative.diff.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.diff.ChangeReport;
import org.normative.diff.Semver;
import org.normative.diff.git.GitRevisions;
import org.normative.dsl.project.ProjectException;

/**
 * Cutting a release on a temporary repository: the pair {@code identical/before} in
 * {@code standard/}, committed and tagged v1.0.0, then a point added in the working tree.
 */
class ReleasesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 5, 4);
    private static final String NEW_POINT = """
                    point discovery "Product Discovery" {
                        scope "Finding out what users need before building it."
                        criterion 1 "Runs a user interview with a prepared guide."
                        criterion 2 "Plans the discovery work of a product team."
                        criterion 3 "Sets up continuous discovery across products."
                    }

            """;

    @TempDir
    Path repository;

    Path standard;

    @BeforeEach
    void createRepository() throws Exception {
        standard = repository.resolve("standard");
        Files.createDirectories(standard);
        Path pairs = TestFiles.root().resolve("bundles/org.normative.diff/src/test/resources/pairs/identical/before");
        try (Stream<Path> files = Files.list(pairs)) {
            for (Path file : files.toList()) {
                Files.copy(file, standard.resolve(file.getFileName()));
            }
        }
        Files.writeString(repository.resolve("README.md"), "A committee's repository.\n");
        PersonIdent secretary = new PersonIdent("Secretary", "secretary@example.org");
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.getRepository().getConfig().setString("user", null, "name", "Secretary");
            git.getRepository().getConfig().setString("user", null, "email", "secretary@example.org");
            git.getRepository().getConfig().save();
            git.add().addFilepattern(".").call();
            git.commit().setMessage("1.0.0").setAuthor(secretary).setCommitter(secretary).setSign(false).call();
            git.tag().setName("v1.0.0").setAnnotated(true).setMessage("1.0.0").setTagger(secretary).setSigned(false).call();
            // not release tags, or not ancestors: ignored
            git.tag().setName("draft").setAnnotated(false).call();
        }
        // a point added (minor)
        replace(standard.resolve("pm.norm"), "        point acumen ", NEW_POINT.stripTrailing().replace("\n\n", "\n") + "\n\n        point acumen ");
    }


    private static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertTrue(content.contains(text), () -> file + " lacks " + text);
        Files.writeString(file, content.replace(text, replacement));
    }

    private Releases.Request request(String version, boolean force, boolean tag) {
        return new Releases.Request(version, standard, DATE, null, force, tag);
    }

    @Test
    void aPreReleaseIsTaggedAndTheReleaseStillCountsFromTheLastRelease() throws Exception {
        Releases.Result rc1 = Releases.release(request("1.1.0-rc.1", false, true));
        assertEquals("v1.1.0-rc.1", rc1.tag());
        assertEquals("v1.0.0", rc1.lastTag());
        String text = Files.readString(standard.resolve("standard.norm"));
        assertTrue(text.contains("version 1.1.0-rc.1 {"), text);
        assertTrue(text.contains("release 1.1.0-rc.1 2026-05-04 \"1 point added.\""), text);

        try (GitRevisions revisions = GitRevisions.open(standard)) {
            assertEquals("v1.0.0", Releases.lastRelease(revisions.repository()).orElseThrow().tag(), "releases only");
            assertEquals("v1.1.0-rc.1", Releases.lastRelease(revisions.repository(), true).orElseThrow().tag());
        }
        // not after itself, nor after a later pre-release; the advice still holds (1 point added: minor)
        VersionRefusedException again = assertThrows(VersionRefusedException.class, () -> Releases.release(request("1.1.0-rc.1", false, false)));
        assertEquals("version 1.1.0-rc.1 is not greater than the last pre-release 1.1.0-rc.1 (tag v1.1.0-rc.1) "
                + "(--force to release it anyway)", again.getMessage());
        assertThrows(VersionRefusedException.class, () -> Releases.release(request("1.1.0-beta", false, false)));
        VersionRefusedException patch = assertThrows(VersionRefusedException.class, () -> Releases.release(request("1.0.1-rc.1", false, false)));
        assertTrue(patch.getMessage().startsWith("version 1.0.1-rc.1 is a patch release, but the"), patch.getMessage());

        Releases.Result rc2 = Releases.release(request("1.1.0-rc.2", false, true));
        assertEquals("v1.0.0", rc2.lastTag());
        Releases.Result release = Releases.release(request("1.1.0", false, true));
        assertEquals("v1.1.0", release.tag());
        assertEquals(Semver.MINOR, release.report().semver());
        text = Files.readString(standard.resolve("standard.norm"));
        assertTrue(text.contains("version 1.1.0 {"), text);
        assertTrue(text.contains("release 1.1.0-rc.1 2026-05-04") && text.contains("release 1.1.0-rc.2 2026-05-04")
                && text.contains("release 1.1.0 2026-05-04"), text);
    }

    @Test
    void theLastReleaseIsTheHighestSemverTagOnHead() throws Exception {
        try (GitRevisions revisions = GitRevisions.open(standard)) {
            Releases.LastRelease last = Releases.lastRelease(revisions.repository()).orElseThrow();
            assertEquals("v1.0.0", last.tag());
            assertEquals(new Version(1, 0, 0), last.version());
        }
    }

    @Test
    void aMinorVersionIsAcceptedAndTheFileEditedMinimally() throws Exception {
        String before = Files.readString(standard.resolve("standard.norm"));
        Releases.Result result = Releases.release(request("1.1.0", false, false));
        assertEquals("v1.0.0", result.lastTag());
        assertEquals(Semver.MINOR, result.report().semver());
        assertNull(result.warning());
        assertEquals("1 point added.", result.summary());
        String after = Files.readString(standard.resolve("standard.norm"));
        assertEquals(before
                .replace("standard acme.demo version 1.0.0 {", "standard acme.demo version 1.1.0 {")
                .replace("    release 1.0.0 2026-01-15 \"First published edition.\"\n",
                        "    release 1.0.0 2026-01-15 \"First published edition.\"\n"
                                + "    release 1.1.0 2026-05-04 \"1 point added.\"\n"),
                after);
        // still valid, and the working tree now is 1.1.0 with the new release
        ChangeReport again = GitRevisions.compare("v1.0.0", null, standard);
        assertEquals("1.1.0", again.to());
        assertNull(result.tag());
    }

    @Test
    void aPatchVersionIsRefusedWithTheAdvice() throws Exception {
        String before = Files.readString(standard.resolve("standard.norm"));
        VersionRefusedException refused = assertThrows(VersionRefusedException.class,
                () -> Releases.release(request("1.0.1", false, false)));
        assertEquals("version 1.0.1 is a patch release, but the 1 change since v1.0.0 call for a minor release "
                + "(at least 1.1.0) (--force to release it anyway)", refused.getMessage());
        assertEquals(before, Files.readString(standard.resolve("standard.norm")), "nothing written");

        VersionRefusedException notGreater = assertThrows(VersionRefusedException.class,
                () -> Releases.release(request("0.9.0", false, false)));
        assertTrue(notGreater.getMessage().startsWith("version 0.9.0 is not greater than the last release 1.0.0"),
                notGreater.getMessage());
        assertThrows(ProjectException.class, () -> Releases.release(request("1.1", false, false)));
    }

    @Test
    void forceAcceptsAContradictingVersionWithAWarning() throws Exception {
        Releases.Result result = Releases.release(request("1.0.1", true, false));
        assertNotNull(result.warning());
        assertTrue(result.warning().contains("minor"), result.warning());
        assertTrue(Files.readString(standard.resolve("standard.norm")).contains("    release 1.0.1 2026-05-04 \"1 point added.\"\n"));
    }

    @Test
    void withoutAReleaseLineTheEntryGoesBeforeTheClosingBrace() throws Exception {
        replace(standard.resolve("standard.norm"), "\n    release 1.0.0 2026-01-15 \"First published edition.\"\n", "\n");
        Releases.Result result = Releases.release(new Releases.Request("1.1.0", standard, DATE, "A \"quoted\" summary.", false, false));
        assertEquals("A \"quoted\" summary.", result.summary());
        String after = Files.readString(standard.resolve("standard.norm"));
        assertTrue(after.endsWith("\n    release 1.1.0 2026-05-04 \"A \\\"quoted\\\" summary.\"\n}\n"), after);
    }

    @Test
    void aFirstReleaseAcceptsAnyVersion(@TempDir Path other) throws Exception {
        Path folder = other.resolve("std");
        Files.createDirectories(folder);
        for (String name : new String[] {"standard.norm", "pm.norm", "eng.norm"}) {
            Files.copy(standard.resolve(name), folder.resolve(name));
        }
        try (Git git = Git.init().setDirectory(other.toFile()).setInitialBranch("main").call()) {
            // no commit at all
        }
        Releases.Result result = Releases.release(new Releases.Request("0.1.0", folder, DATE, null, false, false));
        assertNull(result.lastTag());
        assertEquals("First release.", result.summary());
    }

    @Test
    void tagCommitsTheStandardAndTagsTheCommit() throws Exception {
        Releases.Result result = Releases.release(request("1.1.0", false, true));
        assertEquals("v1.1.0", result.tag());
        try (Git git = Git.open(repository.toFile())) {
            assertTrue(git.status().call().isClean(), "everything committed");
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals("Release 1.1.0", head.getFullMessage());
            assertEquals(result.commit(), head.name());
            Ref tag = git.getRepository().getRefDatabase().peel(git.getRepository().exactRef("refs/tags/v1.1.0"));
            assertEquals(head.getId(), tag.getPeeledObjectId(), "an annotated tag on the release commit");
        }
        ChangeReport since = GitRevisions.compare("v1.1.0", null, standard);
        assertTrue(since.isEmpty(), () -> since.changes().toString());
        assertTrue(since.changes().isEmpty(), () -> since.changes().toString());

        ProjectException exists = assertThrows(ProjectException.class, () -> Releases.release(request("1.1.0", true, true)));
        assertEquals("the tag v1.1.0 already exists in " + repository.toRealPath(), exists.getMessage());
    }

    @Test
    void tagRefusesOtherUncommittedChangesAndAnExistingTag() throws Exception {
        Files.writeString(repository.resolve("README.md"), "Edited.\n");
        String before = Files.readString(standard.resolve("standard.norm"));
        ProjectException outside = assertThrows(ProjectException.class, () -> Releases.release(request("1.1.0", false, true)));
        assertEquals("cannot commit the release: 1 uncommitted change(s) outside the standard's folder (README.md); "
                + "commit or stash them first", outside.getMessage());
        assertEquals(before, Files.readString(standard.resolve("standard.norm")), "nothing written");

        try (Git git = Git.open(repository.toFile())) {
            git.checkout().addPath("README.md").call();
            git.tag().setName("v1.2.0").setObjectId(git.log().call().iterator().next()).setAnnotated(false).call();
        }
        // v1.2.0 is now the last release (same commit); 1.2.0 is not greater
        assertThrows(VersionRefusedException.class, () -> Releases.release(request("1.2.0", false, true)));
        try (Git git = Git.open(repository.toFile())) {
            git.tag().setName("v2.0.0-rc").setAnnotated(false).call();
            git.tag().setName("2.1.0").setAnnotated(false).call();
        }
        // 2.1.0 (no v) is the highest release tag now: v2.1.0 exists in spirit
        ProjectException exists = assertThrows(ProjectException.class, () -> Releases.release(request("2.1.0", true, true)));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
    }

    @Test
    void aSecondEntryForTheSameVersionIsRefused() throws Exception {
        replace(standard.resolve("standard.norm"), "    release 1.0.0 2026-01-15 \"First published edition.\"\n",
                "    release 1.0.0 2026-01-15 \"First published edition.\"\n    release 1.1.0 2026-02-01 \"Early.\"\n");
        String before = Files.readString(standard.resolve("standard.norm"));
        ProjectException twice = assertThrows(ProjectException.class, () -> Releases.release(request("1.1.0", false, false)));
        assertTrue(twice.getMessage().endsWith("already has a release entry for 1.1.0"), twice.getMessage());
        assertEquals(before, Files.readString(standard.resolve("standard.norm")));
    }
}
