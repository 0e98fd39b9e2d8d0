package org.normative.diff.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.ConcurrentRefUpdateException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.normative.diff.Change;
import org.normative.diff.ChangeKind;
import org.normative.diff.ChangeReport;
import org.normative.diff.Semver;
import org.normative.diff.StandardDiff;
import org.normative.diff.git.GitRevisions;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.dsl.validation.RuleSeverity;
import org.normative.model.Standard;

/**
 * Cutting a release of a standard kept in Git (docs/diff.md, "Cutting a release"):
 * <ol>
 * <li>the last release is the highest semver tag ({@code 1.2.3} or {@code v1.2.3}, not a
 * pre-release) whose commit is HEAD or an ancestor of it;</li>
 * <li>the standard at that tag is compared with the working tree; the new version must be greater
 * and at least as big a bump as the semver advice ({@link VersionRefusedException} otherwise,
 * unless {@code force}: then a warning); a pre-release ({@code 1.1.0-rc.1}) is checked the same way,
 * and must also come after the highest pre-release tag on HEAD's history;</li>
 * <li>the standard's source file gets the new header version and a release entry
 * ({@link ReleaseEdit}), written atomically, re-loaded and validated (restored on errors);</li>
 * <li>with {@code tag}: the standard's folder is committed ("Release X.Y.Z") and that commit is
 * tagged {@code vX.Y.Z} (annotated). A tag on HEAD would not contain the edit, hence the commit;
 * refused beforehand when there are uncommitted changes outside the standard's folder or when the
 * tag exists. All or nothing: when the commit or the tag cannot be made (a locked ref or index),
 * the release commit is undone and the file restored byte for byte.</li>
 * </ol>
 * Every refusal happens before the file is written.
 */
public final class Releases {

    private Releases() {
    }

    /**
     * @param version the new version {@code X.Y.Z}
     * @param path    the standard's folder (or file) in the working tree of a Git repository
     * @param date    the release date; {@code null}: today
     * @param summary the release summary; {@code null}: drawn from the changes ({@link #summary})
     * @param force   accept a version that contradicts the advice (with a warning)
     * @param tag     commit the standard's folder and tag the commit {@code vX.Y.Z}
     */
    public record Request(String version, Path path, LocalDate date, String summary, boolean force, boolean tag) {
    }

    /**
     * What was done.
     *
     * @param version     the new version
     * @param lastTag     the last release tag, {@code null} for a first release
     * @param lastVersion its version, {@code null} for a first release
     * @param report      the changes since the last release, {@code null} for a first release
     * @param file        the edited source file
     * @param date        the release date written
     * @param summary     the release summary written
     * @param warning     the warning for a forced version, {@code null} otherwise
     * @param commit      the release commit's id with {@code tag}, {@code null} otherwise
     * @param tag         the tag created, {@code null} without {@code tag}
     */
    public record Result(Version version, String lastTag, Version lastVersion, ChangeReport report, Path file,
            LocalDate date, String summary, String warning, String commit, String tag) {
    }

    /** The last release: a tag, its version and commit. */
    public record LastRelease(String tag, Version version, ObjectId commit) {
    }

    public static Result release(Request request) throws ProjectException {
        Version version = Version.parse(request.version()).orElseThrow(() -> new ProjectException(
                "'" + request.version() + "' is no release version: use MAJOR.MINOR.PATCH, e.g. 1.1.0, or a pre-release"
                        + " MAJOR.MINOR.PATCH-IDENTIFIERS, e.g. 1.1.0-rc.1"));
        Path path = request.path().toAbsolutePath().normalize();
        Path folder = Files.isRegularFile(path) ? path.getParent() : path;
        try (GitRevisions revisions = GitRevisions.open(path)) {
            Repository repository = revisions.repository();
            Optional<LastRelease> last = lastRelease(repository);
            Optional<LastRelease> latest = lastRelease(repository, true);
            Standard now = checkedStandard(path, "before releasing");
            ChangeReport report = null;
            String problem = null;
            if (last.isPresent()) {
                Standard old = StandardDiff.standardIn(revisions.checkout(last.get().commit().name(), path));
                report = StandardDiff.compare(old, now);
                problem = contradiction(version, last.get(), report);
            }
            if (problem == null && latest.isPresent() && latest.get().version().isPreRelease()
                    && version.compareTo(latest.get().version()) <= 0) {
                problem = "version " + version + " is not greater than the last pre-release " + latest.get().version()
                        + " (tag " + latest.get().tag() + ")";
            }
            if (problem != null && !request.force()) {
                throw new VersionRefusedException(problem + " (--force to release it anyway)");
            }
            String warning = problem == null ? null : problem + "; released anyway (--force)";
            String tagName = "v" + version;
            if (request.tag()) {
                checkCanTag(repository, revisions.pathInRepository(folder), tagName, version);
            }

            // the edit: the one place where the clock is read (the default release date)
            LocalDate date = request.date() != null ? request.date() : LocalDate.now();
            String summary = request.summary() != null && !request.summary().isBlank() ? request.summary()
                    : report == null ? "First release." : summary(report);
            Path file = ReleaseEdit.fileOf(now);
            String original = read(file);
            String edited = ReleaseEdit.apply(original, now, version.toString(), date.toString(), summary);
            write(file, edited);
            try {
                checkedStandard(path, "after the release edit; the file was restored");
            } catch (ProjectException e) {
                write(file, original);
                throw e;
            }

            String commit = null;
            if (request.tag()) {
                try {
                    commit = commitAndTag(repository, revisions.pathInRepository(folder), tagName, version);
                } catch (StepFailed e) {
                    // all or nothing: the release commit is undone (commitAndTag) and the file restored
                    write(file, original);
                    throw new ProjectException(e.getMessage() + "; " + e.outcome, e.getCause());
                }
            }
            return new Result(version, last.map(LastRelease::tag).orElse(null), last.map(LastRelease::version).orElse(null),
                    report, file, date, summary.replaceAll("\\s+", " ").strip(), warning,
                    commit, request.tag() ? tagName : null);
        }
    }

    /**
     * The highest release tag ({@code X.Y.Z} or {@code vX.Y.Z}, not a pre-release) on HEAD or an
     * ancestor of HEAD; empty when there is none (or no commit yet). Changes are counted from it.
     */
    public static Optional<LastRelease> lastRelease(Repository repository) throws ProjectException {
        return lastRelease(repository, false);
    }

    /**
     * The highest version tag on HEAD or an ancestor of HEAD, pre-releases ({@code v1.1.0-rc.1})
     * included when {@code preReleases}, in the precedence of Semantic Versioning.
     */
    public static Optional<LastRelease> lastRelease(Repository repository, boolean preReleases) throws ProjectException {
        try {
            ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
            if (head == null) {
                return Optional.empty();
            }
            LastRelease best = null;
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                Optional<Version> version = Version.ofTag(name);
                if (version.isEmpty() || (version.get().isPreRelease() && !preReleases)
                        || (best != null && version.get().compareTo(best.version()) <= 0)) {
                    continue;
                }
                try (RevWalk walk = new RevWalk(repository)) {
                    RevObject target = walk.peel(walk.parseAny(ref.getObjectId()));
                    if (target instanceof RevCommit commit && walk.isMergedInto(commit, walk.parseCommit(head))) {
                        best = new LastRelease(name, version.get(), commit.copy());
                    }
                }
            }
            return Optional.ofNullable(best);
        } catch (IOException e) {
            throw new ProjectException(repository.getWorkTree() + ": cannot read the tags: " + e.getMessage(), e);
        }
    }

    /**
     * Why {@code version} contradicts the last release and the advice of the changes since it
     * (one line), {@code null} when it does not.
     */
    public static String contradiction(Version version, LastRelease last, ChangeReport report) {
        Semver bump = version.bumpFrom(last.version());
        if (bump == Semver.NONE) {
            return "version " + version + " is not greater than the last release " + last.version() + " (tag " + last.tag() + ")";
        }
        if (bump.compareTo(report.semver()) < 0) {
            return "version " + version + " is a " + bump.label() + " release, but the " + count(report) + " since "
                    + last.tag() + " call for a " + report.semver().label() + " release (at least " + minimum(last.version(), report.semver())
                    + ")";
        }
        return null;
    }

    private static String minimum(Version last, Semver advice) {
        return switch (advice) {
            case MAJOR -> new Version(last.major() + 1, 0, 0).toString();
            case MINOR -> new Version(last.major(), last.minor() + 1, 0).toString();
            default -> new Version(last.major(), last.minor(), last.patch() + 1).toString();
        };
    }

    private static List<Change> contentChanges(ChangeReport report) {
        return report.changes().stream().filter(c -> c.kind() != ChangeKind.VERSION_CHANGED).toList();
    }

    private static String count(ChangeReport report) {
        int n = contentChanges(report).size();
        return n + (n == 1 ? " change" : " changes");
    }

    /**
     * A short release summary drawn from the changes, e.g.
     * {@code "3 points added, 1 point moved, 2 criteria reworded."} (at most four groups, in the
     * order of the changes; the rest counted as "N other changes").
     */
    public static String summary(ChangeReport report) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Change change : contentChanges(report)) {
            groups.merge(group(change), 1, Integer::sum);
        }
        if (groups.isEmpty()) {
            return "No changes to the content.";
        }
        List<String> parts = new ArrayList<>();
        int others = 0;
        for (Map.Entry<String, Integer> group : groups.entrySet()) {
            if (parts.size() < 4) {
                parts.add(phrase(group.getKey(), group.getValue()));
            } else {
                others += group.getValue();
            }
        }
        if (others > 0) {
            parts.add(others + (others == 1 ? " other change" : " other changes"));
        }
        return String.join(", ", parts) + ".";
    }

    /** {@code noun|verb}, e.g. {@code point|added}, {@code criterion|reworded}. */
    private static String group(Change change) {
        String label = change.kind().label();
        return switch (change.kind()) {
            case TRANSLATION_ADDED, TRANSLATION_REMOVED, TRANSLATION_CHANGED -> "translation|" + label.substring("translation-".length());
            case RELATION_ADDED, RELATION_REMOVED -> "relation|" + label.substring("relation-".length());
            case REPLACED_BY_CHANGED -> "replacement|changed";
            case METADATA_CHANGED -> "metadata field|changed";
            case CRITERION_ADDED, CRITERION_REMOVED, CRITERION_REWORDED, CRITERION_RETIERED ->
                "criterion|" + label.substring("criterion-".length());
            default -> change.element().label() + "|" + label;
        };
    }

    private static String phrase(String group, int n) {
        String noun = group.substring(0, group.indexOf('|'));
        String verb = group.substring(group.indexOf('|') + 1);
        if (n != 1) {
            noun = noun.equals("criterion") ? "criteria" : noun + "s";
        }
        return n + " " + noun + " " + verb;
    }

    /** The standard in {@code path}, refused (one line) when it has syntax or validation errors. */
    private static Standard checkedStandard(Path path, String when) throws ProjectException {
        Standard standard = StandardDiff.standardIn(path);
        StandardProject project = StandardProject.load(List.of(path), Progress.NONE);
        ValidationReport validation = project.validate(Progress.NONE);
        if (validation.hasErrors()) {
            Finding first = validation.findings().stream()
                    .filter(f -> f.severity() == RuleSeverity.ERROR).findFirst().orElse(validation.findings().get(0));
            throw new ProjectException("the standard has " + validation.count(RuleSeverity.ERROR) + " error(s) " + when
                    + ", the first: " + first.toLine(null));
        }
        return standard;
    }

    private static void checkCanTag(Repository repository, String folder, String tagName, Version version)
            throws ProjectException {
        try {
            if (repository.exactRef(Constants.R_TAGS + tagName) != null
                    || repository.exactRef(Constants.R_TAGS + version) != null) {
                throw new ProjectException("the tag " + tagName + " already exists in " + repository.getWorkTree());
            }
            Status status = Git.wrap(repository).status().call();
            List<String> outside = new ArrayList<>();
            for (String changed : uncommitted(status)) {
                if (!folder.isEmpty() && !changed.equals(folder) && !changed.startsWith(folder + "/")) {
                    outside.add(changed);
                }
            }
            if (!outside.isEmpty()) {
                outside.sort(null);
                throw new ProjectException("cannot commit the release: " + outside.size()
                        + " uncommitted change(s) outside the standard's folder (" + String.join(", ", outside.subList(0, Math.min(3, outside.size())))
                        + (outside.size() > 3 ? ", ..." : "") + "); commit or stash them first");
            }
        } catch (IOException | GitAPIException e) {
            throw new ProjectException(repository.getWorkTree() + ": cannot read the Git status: " + e.getMessage(), e);
        }
    }

    private static Set<String> uncommitted(Status status) {
        return status.getUncommittedChanges();
    }

    /** A failed commit or tag step; {@code outcome}: the state it left, once the file is restored. */
    private static final class StepFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final String outcome;

        StepFailed(String message, String outcome, Throwable cause) {
            super(message, cause);
            this.outcome = outcome;
        }
    }

    /**
     * Commits the standard's folder and tags the commit. When either step fails, what was done is
     * undone: the branch and the index go back to the commit they were at (the working tree is
     * left alone), so that the caller can restore the edited file and leave the repository as it
     * was.
     */
    private static String commitAndTag(Repository repository, String folder, String tagName, Version version)
            throws StepFailed, ProjectException {
        String pattern = folder.isEmpty() ? "." : folder;
        ObjectId original;
        try {
            original = repository.resolve(Constants.HEAD + "^{commit}");
        } catch (IOException e) {
            throw new ProjectException(repository.getWorkTree() + ": cannot read HEAD: " + e.getMessage(), e);
        }
        try (Git git = Git.wrap(repository)) {
            RevCommit commit;
            boolean staged = false;
            try {
                git.add().addFilepattern(pattern).call();
                staged = true;
                git.add().setUpdate(true).addFilepattern(pattern).call();
                commit = git.commit().setMessage("Release " + version).setSign(false).call();
            } catch (GitAPIException | JGitInternalException e) {
                String outcome = !staged || undo(git, original) ? "nothing was released: the standard was restored"
                        : "nothing was released: the standard was restored ('git reset' unstages what may still be staged)";
                throw new StepFailed("cannot commit the release " + version + ": " + reason(e), outcome, e);
            }
            try {
                git.tag().setName(tagName).setObjectId(commit).setAnnotated(true).setMessage("Release " + version)
                        .setSigned(false).call();
            } catch (GitAPIException | JGitInternalException e) {
                // JGit says "Could not lock HEAD" for any ref it cannot lock
                String because = e instanceof ConcurrentRefUpdateException
                        ? "the ref " + Constants.R_TAGS + tagName + " is locked (a .lock file of another Git process, or of one that stopped)"
                        : reason(e);
                String outcome = undo(git, original)
                        ? "nothing was released: the release commit was undone and the standard restored"
                        : "the release commit " + commit.name().substring(0, 12) + " could not be undone ("
                                + (original == null ? "'git update-ref -d HEAD'" : "'git reset HEAD~1'")
                                + " undoes it); the standard was restored";
                throw new StepFailed("cannot tag the release " + version + " as " + tagName + ": " + because, outcome, e);
            }
            return commit.name();
        }
    }

    /** Moves the branch and the index back to {@code original} (a mixed reset); whether that worked. */
    private static boolean undo(Git git, ObjectId original) {
        if (original == null) {
            return false;
        }
        try {
            git.reset().setMode(ResetType.MIXED).setRef(original.name()).call();
            return true;
        } catch (GitAPIException | JGitInternalException e) {
            return false;
        }
    }

    /** What JGit says went wrong, in one line: the innermost message. */
    private static String reason(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static String read(Path file) throws ProjectException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Writes {@code text} to a temporary file next to {@code file} and moves it over {@code file}. */
    private static void write(Path file, String text) throws ProjectException {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // left to the system
                }
            }
            throw new ProjectException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
