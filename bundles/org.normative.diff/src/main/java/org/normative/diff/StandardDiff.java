package org.normative.diff;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Standard;

/**
 * The semantic diff of two versions of a standard: compares them by identity (the id path),
 * never by position or printed number.
 *
 * <pre>
 * ChangeReport report = StandardDiff.compare(Path.of("v1"), Path.of("v2"));
 * report.semver();   // major, minor, patch or none
 * report.changes();  // moved point AIPM.a.x to=AIPM.b.x, criterion-reworded ...
 * </pre>
 */
public final class StandardDiff {

    private StandardDiff() {
    }

    /**
     * Compares two standards, each with all the files it is split over (its {@code part of}
     * files are found through the index of the resource set it was loaded into).
     */
    public static ChangeReport compare(Standard before, Standard after) {
        return new Comparer(before, after).compare();
    }

    /**
     * Loads the standard in each of two files or folders (each with the other files of its
     * folder, in a resource set of its own) and compares them.
     */
    public static ChangeReport compare(Path before, Path after) throws ProjectException {
        Standard[] standards = standardsIn(before, after);
        return compare(standards[0], standards[1]);
    }

    /**
     * The standards in two files or folders, as {@link #standardIn(Path)}, loaded side by side
     * (the earlier version on a thread of its own): on a machine with two cores or more this
     * halves the time that loading takes, which is most of a diff's time. Each comes with its
     * references resolved, ready to be compared.
     */
    public static Standard[] standardsIn(Path before, Path after) throws ProjectException {
        StandardProject.injector(); // set up once, before the threads share it
        CompletableFuture<Standard> old = new CompletableFuture<>();
        Thread loader = Thread.ofPlatform().name("normative-diff-load").daemon().start(() -> {
            try {
                old.complete(resolved(standardIn(before)));
            } catch (Throwable e) {
                old.completeExceptionally(e);
            }
        });
        Standard now;
        try {
            now = resolved(standardIn(after));
        } finally {
            try {
                loader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            return new Standard[] {old.join(), now};
        } catch (CompletionException e) {
            if (e.getCause() instanceof ProjectException problem) {
                throw problem;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** Resolves the references of every file loaded with {@code standard} (the comparison reads them all). */
    private static Standard resolved(Standard standard) {
        ResourceSet resources = standard.eResource().getResourceSet();
        for (Resource resource : List.copyOf(resources.getResources())) {
            EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
        }
        return standard;
    }

    /** The standard declared in the {@code .norm} files of {@code path} (a file or folder). */
    public static Standard standardIn(Path path) throws ProjectException {
        StandardProject project = StandardProject.load(List.of(path), Progress.NONE);
        // a version that does not parse cannot be compared meaningfully
        for (Path file : project.files()) {
            for (Resource.Diagnostic error : project.resource(file).getErrors()) {
                if (error instanceof XtextSyntaxDiagnostic) {
                    throw new ProjectException(file + ":" + error.getLine() + ":" + error.getColumn()
                            + ": syntax error: " + error.getMessage() + " (fix it before comparing)");
                }
            }
        }
        List<Standard> standards = project.standards();
        if (standards.isEmpty()) {
            throw new ProjectException(path + ": no 'standard' declaration found");
        }
        if (standards.size() > 1) {
            throw new ProjectException(path + ": " + standards.size() + " standards found; name the file or folder of one");
        }
        return standards.get(0);
    }
}
