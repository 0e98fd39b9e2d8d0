package org.normative.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** Temporary Git repositories of a committee, for the process tests of diff and release. */
final class TestRepositories {

    /** The small three-file standard of the diff engine's version pairs. */
    static final Path SMALL_STANDARD = CliProcess.repositoryRoot()
            .resolve("bundles/org.normative.diff/src/test/resources/pairs/identical/before");

    static final PersonIdent SECRETARY = new PersonIdent("Secretary", "secretary@example.org");

    private TestRepositories() {
    }

    /**
     * Copies the files of {@code standard} into {@code repository}, makes it a Git repository
     * (branch main, the secretary as user), commits them and tags the commit {@code tag}
     * (annotated). Returns the open repository; the caller closes it.
     */
    static Git initTagged(Path repository, Path standard, String tag) throws Exception {
        try (Stream<Path> files = Files.list(standard)) {
            for (Path file : files.toList()) {
                Files.copy(file, repository.resolve(file.getFileName()));
            }
        }
        Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call();
        git.getRepository().getConfig().setString("user", null, "name", SECRETARY.getName());
        git.getRepository().getConfig().setString("user", null, "email", SECRETARY.getEmailAddress());
        git.getRepository().getConfig().save();
        git.add().addFilepattern(".").call();
        git.commit().setMessage(tag).setAuthor(SECRETARY).setCommitter(SECRETARY).setSign(false).call();
        git.tag().setName(tag).setAnnotated(true).setMessage(tag).setTagger(SECRETARY).setSigned(false).call();
        return git;
    }
}
