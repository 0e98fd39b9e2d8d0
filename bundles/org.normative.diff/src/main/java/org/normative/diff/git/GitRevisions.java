package org.normative.diff.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.normative.diff.ChangeReport;
import org.normative.diff.StandardDiff;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Standard;

/**
 * The versions of a standard kept in a Git repository: the {@code .norm} files (and
 * {@code normative.properties}) under a path at a revision (a tag, branch or commit id), read
 * from the commit's tree with JGit, never from or into the working tree, and written to a
 * temporary folder that {@link StandardProject} loads. The temporary folders are deleted by
 * {@link #close()}.
 *
 * <pre>
 * ChangeReport report = GitRevisions.compare("v1.0.0", null, Path.of("standard"));   // v1.0.0 against the working tree
 * ChangeReport report = GitRevisions.compare("v1.0.0", "v2.0.0", Path.of("."));      // two tags
 * </pre>
 */
public final class GitRevisions implements AutoCloseable {

    private static final String PROPERTIES = "normative.properties";

    private final Repository repository;
    private final Path workTree;
    private final List<Path> temporaryFolders = new ArrayList<>();

    private GitRevisions(Repository repository, Path workTree) {
        this.repository = repository;
        this.workTree = workTree;
    }

    /**
     * Compares two versions of a standard, each a file or folder when one exists by that name,
     * a revision of the Git repository that holds {@code path} otherwise ({@code path}: the
     * standard's file or folder in that repository). {@code after} {@code null} is
     * {@code path} as it is in the working tree.
     */
    public static ChangeReport compare(String before, String after, Path path) throws ProjectException {
        if (isPath(before) && (after == null || isPath(after))) {
            return StandardDiff.compare(Path.of(before), after == null ? path : Path.of(after));
        }
        try (GitRevisions revisions = open(path, isPath(before) ? after : before)) {
            Standard old = StandardDiff.standardIn(isPath(before) ? Path.of(before) : revisions.checkout(before, path));
            Standard now = StandardDiff.standardIn(after == null ? path
                    : isPath(after) ? Path.of(after) : revisions.checkout(after, path));
            // compared before the temporary folders are deleted
            return StandardDiff.compare(old, now);
        }
    }

    /**
     * Compares an earlier version of a standard with {@code now}, the standard as loaded: the
     * earlier version is a file or folder when one exists by the name {@code before}, else a
     * revision of the Git repository that holds {@code path} (the standard's file or folder).
     */
    public static ChangeReport compareWith(String before, Standard now, Path path) throws ProjectException {
        if (isPath(before)) {
            return StandardDiff.compare(StandardDiff.standardIn(Path.of(before)), now);
        }
        try (GitRevisions revisions = open(path, before)) {
            // compared before the temporary folder is deleted
            return StandardDiff.compare(StandardDiff.standardIn(revisions.checkout(before, path)), now);
        }
    }

    /** Whether a diff argument names an existing file or folder (rather than a revision). */
    public static boolean isPath(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The Git repository that holds {@code path} (found from its folder upwards). */
    public static GitRevisions open(Path path) throws ProjectException {
        return open(path, null);
    }

    private static GitRevisions open(Path path, String revision) throws ProjectException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String because = revision == null ? "" : " (needed for the revision '" + revision + "', which is no file or folder)";
        FileRepositoryBuilder builder = new FileRepositoryBuilder();
        if (existing != null) {
            builder.findGitDir(existing.toFile());
        }
        if (builder.getGitDir() == null) {
            throw new ProjectException(absolute + ": not inside a Git repository" + because);
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                repository.close();
                throw new ProjectException(builder.getGitDir() + ": a bare Git repository has no working tree" + because);
            }
            return new GitRevisions(repository, repository.getWorkTree().toPath().toRealPath());
        } catch (IOException e) {
            throw new ProjectException(builder.getGitDir() + ": cannot open the Git repository: " + e.getMessage(), e);
        }
    }

    /** The repository (closed by {@link #close()}). */
    public Repository repository() {
        return repository;
    }

    /** The root of the repository's working tree. */
    public Path workTree() {
        return workTree;
    }

    /**
     * Writes the {@code .norm} and {@code normative.properties} files under {@code path} at
     * {@code revision} to a new temporary folder, keeping their paths relative to the
     * repository's root, and returns the file or folder there that corresponds to {@code path}.
     * When {@code path} is a file, the files of its folder are written.
     */
    public Path checkout(String revision, Path path) throws ProjectException {
        String inRepository = pathInRepository(path);
        try (RevWalk walk = new RevWalk(repository)) {
            RevTree tree = walk.parseCommit(commit(revision)).getTree();
            boolean file = false;
            if (!inRepository.isEmpty()) {
                try (TreeWalk entry = TreeWalk.forPath(repository, inRepository, tree)) {
                    if (entry == null) {
                        throw new ProjectException(path + ": not present at revision '" + revision + "'");
                    }
                    file = entry.getFileMode(0) != FileMode.TREE;
                }
            }
            String folder = file ? parent(inRepository) : inRepository;
            Path temporary = Files.createTempDirectory("normative-" + revision.replaceAll("[^A-Za-z0-9._-]", "_") + "-");
            temporaryFolders.add(temporary);
            try (TreeWalk files = new TreeWalk(repository)) {
                files.addTree(tree);
                files.setRecursive(true);
                if (!folder.isEmpty()) {
                    files.setFilter(PathFilter.create(folder));
                }
                while (files.next()) {
                    String name = files.getNameString();
                    String filePath = files.getPathString();
                    boolean wanted = name.endsWith("." + StandardProject.FILE_EXTENSION) || name.equals(PROPERTIES);
                    boolean inFolder = !file || parent(filePath).equals(folder);
                    if (wanted && inFolder && files.getFileMode(0).getObjectType() == Constants.OBJ_BLOB
                            && files.getFileMode(0) != FileMode.SYMLINK) {
                        Path target = temporary.resolve(filePath);
                        Files.createDirectories(target.getParent());
                        try (OutputStream out = Files.newOutputStream(target)) {
                            repository.open(files.getObjectId(0)).copyTo(out);
                        }
                    }
                }
            }
            return inRepository.isEmpty() ? temporary : temporary.resolve(inRepository);
        } catch (IOException e) {
            throw new ProjectException(workTree + ": cannot read revision '" + revision + "' of the Git repository: " + e.getMessage(), e);
        }
    }

    private ObjectId commit(String revision) throws ProjectException, IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            id = null;
        } catch (AmbiguousObjectException e) {
            throw new ProjectException("ambiguous revision '" + revision + "' in " + workTree + ": give more digits");
        }
        if (id == null) {
            throw new ProjectException("unknown revision '" + revision + "': no such file or folder, nor a tag, branch or commit of "
                    + workTree);
        }
        return id;
    }

    /** {@code path} relative to the root of the working tree, with {@code /} separators ("" for the root). */
    public String pathInRepository(Path path) throws ProjectException {
        Path absolute = path.toAbsolutePath().normalize();
        // real paths (symbolic links such as /tmp), for the part of the path that exists
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
            if (!real.startsWith(workTree)) {
                throw new ProjectException(path + ": not inside the Git repository " + workTree);
            }
            List<String> names = new ArrayList<>();
            workTree.relativize(real).forEach(name -> names.add(name.toString()));
            return String.join("/", names).replaceAll("^/+|/+$", "");
        } catch (IOException e) {
            throw new ProjectException(path + ": " + e.getMessage(), e);
        }
    }

    private static String parent(String gitPath) {
        int slash = gitPath.lastIndexOf('/');
        return slash < 0 ? "" : gitPath.substring(0, slash);
    }

    /** Deletes the temporary folders and closes the repository. */
    @Override
    public void close() {
        repository.close();
        for (Path folder : temporaryFolders) {
            delete(folder);
        }
        temporaryFolders.clear();
    }

    private static void delete(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder that cannot be deleted is left to the system
        }
    }
}
