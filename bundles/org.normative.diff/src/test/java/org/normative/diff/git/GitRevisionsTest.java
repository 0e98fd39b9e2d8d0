package org.normative.diff.git;

import org.normative.diff.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.diff.Change;
import org.normative.diff.ChangeReport;
import org.normative.dsl.project.ProjectException;

/**
 * Git revisions as diff sources, on a temporary repository: a small standard committed and
 * tagged v1.0.0, then a point moved and a criterion reworded (v1.1.0), then the working tree
 * edited again without a commit.
 */
class GitRevisionsTest {

    private static final Path PAIRS = TestFiles.root().resolve("bundles/org.normative.diff/src/test/resources/pairs");


    @TempDir
    Path repository;

    Path standard;

    @BeforeEach
    void createRepository() throws Exception {
        standard = createRepository(repository);
    }

    /**
     * Creates the test repository in {@code folder} and returns the standard's folder in it:
     * {@code folder/standard}, with the pair {@code identical/before} at v1.0.0.
     */
    static Path createRepository(Path folder) throws Exception {
        Path standard = folder.resolve("standard");
        Files.createDirectories(standard);
        try (Stream<Path> files = Files.list(PAIRS.resolve("identical/before"))) {
            for (Path file : files.toList()) {
                Files.copy(file, standard.resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve("README.md"), "A committee's repository.\n");
        PersonIdent secretary = new PersonIdent("Secretary", "secretary@example.org");
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("1.0.0").setAuthor(secretary).setCommitter(secretary).setSign(false).call();
            git.tag().setName("v1.0.0").setAnnotated(true).setMessage("1.0.0").setTagger(secretary).setSigned(false).call();

            // 1.1.0: acumen moved to the delivery dimension, a criterion reworded
            Files.copy(PAIRS.resolve("move-point-between-dimensions/after/pm.norm"), standard.resolve("pm.norm"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            replace(standard.resolve("pm.norm"), "Writes a PRD with a flowchart and a prototype for an AI feature.",
                    "Writes a PRD with user flows and a prototype for an AI feature.");
            replace(standard.resolve("standard.norm"), "version 1.0.0", "version 1.1.0");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("1.1.0").setAuthor(secretary).setCommitter(secretary).setSign(false).call();
            git.tag().setName("v1.1.0").setAnnotated(false).call();
        }
        // the working tree, not committed: a scope reworded
        replace(standard.resolve("eng.norm"), "Continuously delivering business value.",
                "Continuously delivering measurable business value.");
        return standard;
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertTrue(content.contains(text), () -> file + " lacks " + text);
        Files.writeString(file, content.replace(text, replacement));
    }

    private static List<String> lines(ChangeReport report) {
        return report.changes().stream()
                .map(change -> change.kind().label() + " " + change.id() + (change.to() == null ? "" : " to=" + change.to())
                        + (change.tier() == null ? "" : " tier=" + change.tier()))
                .toList();
    }

    @Test
    void twoTagsAreComparedFromTheCommittedTrees() throws Exception {
        ChangeReport report = GitRevisions.compare("v1.0.0", "v1.1.0", standard);
        assertEquals("1.0.0", report.from());
        assertEquals("1.1.0", report.to());
        assertEquals("major", report.semver().label());
        assertEquals(List.of("version-changed null",
                "criterion-reworded PM.foundations.core-product tier=2",
                "moved PM.foundations.acumen to=PM.delivery.acumen"), lines(report));
    }

    @Test
    void aTagIsComparedWithTheWorkingTree() throws Exception {
        ChangeReport report = GitRevisions.compare("v1.1.0", null, standard);
        assertEquals("1.1.0", report.from());
        assertEquals("1.1.0", report.to());
        assertEquals(List.of("reworded ENG.practice.delivery-practice"), lines(report));
        Change change = report.changes().get(0);
        assertEquals("scope", change.field());
        assertEquals("Continuously delivering measurable business value.", change.after());

        assertEquals(4, GitRevisions.compare("v1.0.0", null, standard).changes().size());
    }

    @Test
    void aRevisionIsComparedWithItselfAndWithAFolder() throws Exception {
        assertTrue(GitRevisions.compare("v1.0.0", "v1.0.0", standard).isEmpty());
        // a commit id and a branch name are revisions too; an existing folder is a path
        try (Git git = Git.open(repository.toFile())) {
            String head = git.getRepository().resolve("HEAD").name();
            assertTrue(GitRevisions.compare(head.substring(0, 10), "main", standard).isEmpty());
        }
        assertEquals(lines(GitRevisions.compare("v1.1.0", null, standard)),
                lines(GitRevisions.compare("v1.1.0", standard.toString(), standard)));
        // the path may be the repository root or a file of the standard
        assertEquals(1, GitRevisions.compare("v1.1.0", null, standard.resolve("standard.norm")).changes().size());
    }

    @Test
    void theWorkingTreeIsNotTouched() throws Exception {
        Map<Path, String> contents = new LinkedHashMap<>();
        Map<Path, FileTime> times = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(repository)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            contents.put(file, Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            times.put(file, Files.getLastModifiedTime(file));
        }
        Thread.sleep(20);

        GitRevisions.compare("v1.0.0", "v1.1.0", standard);
        GitRevisions.compare("v1.0.0", null, standard);

        List<Path> after;
        try (Stream<Path> walk = Files.walk(repository)) {
            after = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(files, after, "no file added to or removed from the repository");
        for (Path file : files) {
            assertEquals(contents.get(file), Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1), file::toString);
            assertEquals(times.get(file), Files.getLastModifiedTime(file), file::toString);
        }
    }

    @Test
    void theTemporaryFoldersAreDeleted() throws Exception {
        Path checkout;
        try (GitRevisions revisions = GitRevisions.open(standard)) {
            checkout = revisions.checkout("v1.0.0", standard);
            assertTrue(checkout.endsWith("standard"), checkout::toString);
            assertTrue(Files.isRegularFile(checkout.resolve("standard.norm")));
            assertTrue(Files.isRegularFile(checkout.resolve("pm.norm")));
            assertFalse(Files.exists(checkout.getParent().resolve("README.md")), "only .norm files and normative.properties");
        }
        assertFalse(Files.exists(checkout));
    }

    @Test
    void anUnknownRevisionIsNamed() {
        ProjectException e = assertThrows(ProjectException.class, () -> GitRevisions.compare("v9.9.9", null, standard));
        assertTrue(e.getMessage().startsWith("unknown revision 'v9.9.9'"), e::getMessage);
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aPathNotPresentAtTheRevisionIsNamed() throws Exception {
        Path later = repository.resolve("later");
        Files.createDirectories(later);
        ProjectException e = assertThrows(ProjectException.class, () -> GitRevisions.compare("v1.0.0", null, later));
        assertEquals(later + ": not present at revision 'v1.0.0'", e.getMessage());
    }

    @Test
    void aFolderOutsideAGitRepositoryIsAnError(@TempDir Path elsewhere) throws Exception {
        // a temporary folder may itself lie in a repository; only test when it does not
        org.eclipse.jgit.storage.file.FileRepositoryBuilder builder = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .findGitDir(elsewhere.toFile());
        org.junit.jupiter.api.Assumptions.assumeTrue(builder.getGitDir() == null);
        ProjectException e = assertThrows(ProjectException.class, () -> GitRevisions.compare("v1.0.0", null, elsewhere));
        assertTrue(e.getMessage().startsWith(elsewhere + ": not inside a Git repository"), e::getMessage);
    }
}
