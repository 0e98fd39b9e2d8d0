package org.normative.dsl.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.normative.dsl.NormativeStandaloneSetup;
import org.normative.dsl.formatting2.SourceFormatter;
import org.normative.dsl.validation.Rule;
import org.normative.dsl.validation.RuleConfiguration;
import org.normative.dsl.validation.RuleSeverity;
import org.normative.model.Criterion;
import org.normative.model.Dimension;
import org.normative.model.Point;
import org.normative.model.Role;
import org.normative.model.Standard;
import org.normative.model.Unit;

import com.google.inject.Injector;

/**
 * The {@code .norm} files of one or more folders, loaded together so that references across
 * files resolve: the entry point of the CLI, the Maven plugin and the tests.
 *
 * <pre>
 * StandardProject project = StandardProject.load(List.of(Path.of("examples/ai-competency-model")), Progress.NONE);
 * ValidationReport report = project.validate(Progress.NONE);
 * </pre>
 */
public final class StandardProject {

    public static final String FILE_EXTENSION = "norm";

    private static Injector injector;

    private final XtextResourceSet resourceSet;
    private final Map<Path, XtextResource> resources;
    private final List<Path> requested;

    private StandardProject(XtextResourceSet resourceSet, Map<Path, XtextResource> resources, List<Path> requested) {
        this.resourceSet = resourceSet;
        this.resources = resources;
        this.requested = requested;
    }

    /** The language's services, set up once per process. */
    public static synchronized Injector injector() {
        if (injector == null) {
            injector = NormativeStandaloneSetup.doSetup();
        }
        return injector;
    }

    /**
     * Loads the given files, and every {@code .norm} file under the given folders, with all the
     * other {@code .norm} files of their folders (a standard may be split over files).
     */
    public static StandardProject load(Collection<Path> paths, Progress progress) throws ProjectException {
        List<Path> requested = sourceFiles(paths);
        TreeSet<Path> files = new TreeSet<>(requested);
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                // the other files of the standard, for references across files
                files.addAll(normFilesIn(path.toAbsolutePath().normalize().getParent()));
            }
        }
        // the configuration of every folder that files are loaded from, also of sub-folders of a folder given
        TreeSet<Path> folders = new TreeSet<>();
        for (Path path : paths) {
            folders.add(Files.isDirectory(path) ? path.toAbsolutePath().normalize() : path.toAbsolutePath().normalize().getParent());
        }
        files.forEach(file -> folders.add(file.getParent()));
        for (Path folder : folders) {
            List<String> problems = RuleConfiguration.problems(folder);
            if (!problems.isEmpty()) {
                throw new ProjectException(problems.get(0));
            }
        }
        // other standards that these refer to by full id (the 'standards' setting): loaded, not validated
        for (Path folder : folders) {
            for (Path other : RuleConfiguration.referencedStandards(folder)) {
                files.addAll(normFilesUnder(other));
            }
        }
        Injector injector = injector();
        injector.getInstance(RuleConfiguration.class).reset();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        Map<Path, XtextResource> resources = new LinkedHashMap<>();
        progress.begin("Loading", files.size());
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new ProjectException(file + ": cannot read the file");
            }
            URI uri = URI.createFileURI(file.toString());
            try {
                Resource resource = resourceSet.getResource(uri, true);
                resources.put(file, (XtextResource) resource);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new ProjectException(file + ": cannot read the file: " + cause.getMessage(), e);
            }
            progress.worked(1);
        }
        return new StandardProject(resourceSet, resources, requested);
    }

    /**
     * The {@code .norm} files that {@code paths} name: the files themselves, and every
     * {@code .norm} file under the folders (hidden folders and {@code target/} skipped).
     */
    public static List<Path> sourceFiles(Collection<Path> paths) throws ProjectException {
        if (paths.isEmpty()) {
            throw new ProjectException("no file or folder given");
        }
        TreeSet<Path> files = new TreeSet<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ProjectException(path + ": no such file or folder");
            }
            if (Files.isDirectory(path)) {
                files.addAll(normFilesUnder(path));
            } else if (!path.getFileName().toString().endsWith("." + FILE_EXTENSION)) {
                throw new ProjectException(path + ": not a ." + FILE_EXTENSION + " file");
            } else {
                files.add(path.toAbsolutePath().normalize());
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> normFilesUnder(Path folder) throws ProjectException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith("." + FILE_EXTENSION))
                    .filter(p -> !isHidden(folder, p))
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ProjectException(folder + ": cannot read the folder: " + e.getMessage(), e);
        }
    }

    private static List<Path> normFilesIn(Path folder) throws ProjectException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith("." + FILE_EXTENSION))
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ProjectException(folder + ": cannot read the folder: " + e.getMessage(), e);
        }
    }

    /** Skips folders such as .git and target/ of a standards repository. */
    private static boolean isHidden(Path root, Path file) {
        for (Path segment : root.relativize(file)) {
            String name = segment.toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    /** The files that were asked for (not the other files of their folders loaded with them), in path order. */
    public List<Path> files() {
        return requested;
    }

    public XtextResource resource(Path file) {
        return resources.get(file.toAbsolutePath().normalize());
    }

    public XtextResourceSet resourceSet() {
        return resourceSet;
    }

    /** The standards declared in the files that were asked for. */
    public List<Standard> standards() {
        List<Standard> standards = new ArrayList<>();
        for (Path file : requested) {
            for (EObject root : resources.get(file).getContents()) {
                if (root instanceof Standard standard) {
                    standards.add(standard);
                }
            }
        }
        return standards;
    }

    /** Validates every loaded file with every rule. */
    public ValidationReport validate(Progress progress) {
        IResourceValidator validator = injector().getInstance(IResourceValidator.class);
        List<Finding> findings = new ArrayList<>();
        progress.begin("Validating", requested.size());
        for (Path file : requested) {
            for (Issue issue : validator.validate(resources.get(file), CheckMode.ALL, CancelIndicator.NullImpl)) {
                findings.add(toFinding(file, issue));
            }
            progress.worked(1);
        }
        findings.sort(null);
        return new ValidationReport(List.copyOf(findings), statistics());
    }

    /** The canonical layout of {@code file} (see {@link org.normative.dsl.formatting2.NormativeFormatter}). */
    public String format(Path file) {
        return injector().getInstance(SourceFormatter.class).format(resource(file));
    }

    private Statistics statistics() {
        int standards = 0;
        int roles = 0;
        int dimensions = 0;
        int points = 0;
        int criteria = 0;
        for (Path file : requested) {
            for (EObject root : resources.get(file).getContents()) {
                if (root instanceof Standard) {
                    standards++;
                }
                if (!(root instanceof Unit)) {
                    continue;
                }
                for (var it = root.eAllContents(); it.hasNext();) {
                    EObject object = it.next();
                    if (object instanceof Role) {
                        roles++;
                    } else if (object instanceof Dimension) {
                        dimensions++;
                    } else if (object instanceof Point) {
                        points++;
                    } else if (object instanceof Criterion) {
                        criteria++;
                    }
                }
            }
        }
        return new Statistics(standards, roles, dimensions, points, criteria);
    }

    private static Finding toFinding(Path file, Issue issue) {
        String rule = issue.getCode();
        if (issue.isSyntaxError()) {
            rule = Rule.SYNTAX.id();
        } else if (Diagnostic.LINKING_DIAGNOSTIC.equals(rule)) {
            rule = Rule.UNRESOLVED_REFERENCE.id();
        } else if (rule == null || Rule.byId(rule).isEmpty()) {
            rule = Rule.SYNTAX.id();
        }
        RuleSeverity severity = switch (issue.getSeverity()) {
            case ERROR -> RuleSeverity.ERROR;
            case WARNING -> RuleSeverity.WARNING;
            default -> RuleSeverity.INFO;
        };
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        return new Finding(file, line, column, severity, rule, issue.getMessage());
    }
}
