package org.normative.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.dsl.validation.RuleSeverity;

/**
 * What the goals share: the standard's sources, {@code skip}, and validation reported with the
 * same lines as {@code normative validate} ({@link Finding#toLine}, {@link ValidationReport#summary()}).
 */
abstract class AbstractNormativeMojo extends AbstractMojo {

    /**
     * The language's services are set up once per process and hold global state (EMF registries,
     * the rule configuration): one standard at a time, also in a parallel build ({@code -T}).
     */
    static final Object LOCK = new Object();

    /** The folder of the standard's {@code .norm} files (every {@code .norm} file under it is taken), or one file. */
    @Parameter(property = "normative.sources", defaultValue = "${project.basedir}/src/main/standard", required = true)
    File sources;

    /** Fail the build also when there are warnings (errors always fail it). */
    @Parameter(property = "normative.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** Skip this goal. */
    @Parameter(property = "normative.skip", defaultValue = "false")
    boolean skip;

    /** Files in the log are shown relative to the folder Maven runs in (as the CLI shows them relative to its working directory). */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (normative.skip)");
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        synchronized (LOCK) {
            try {
                // EMF and Xtext look services up through the context class loader: the plugin's own
                Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
                run();
            } catch (ProjectException e) {
                throw new MojoFailureException(e.getMessage(), e);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    abstract void run() throws MojoExecutionException, MojoFailureException, ProjectException;

    /** Loads every {@code .norm} file of {@link #sources}. */
    StandardProject load() throws ProjectException {
        Path path = sources.toPath();
        getLog().debug("Loading the standard from " + display(path));
        return StandardProject.load(List.of(path), Progress.NONE);
    }

    /**
     * Validates the project, logs each finding (errors as errors, warnings as warnings, notes as
     * info) and the summary line, and fails on errors (or warnings with {@link #failOnWarnings}).
     */
    ValidationReport validate(StandardProject project, String whatFails) throws MojoFailureException {
        ValidationReport report = project.validate(Progress.NONE);
        Path base = base();
        for (Finding finding : report.findings()) {
            String line = finding.toLine(base);
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        }
        getLog().info(report.summary());
        long errors = report.count(RuleSeverity.ERROR);
        long warnings = report.count(RuleSeverity.WARNING);
        if (errors > 0) {
            throw new MojoFailureException("The standard in " + display(sources.toPath()) + " has " + plural(errors, "error")
                    + whatFails + ": see the findings above");
        }
        if (failOnWarnings && warnings > 0) {
            throw new MojoFailureException("The standard in " + display(sources.toPath()) + " has " + plural(warnings, "warning")
                    + " (failOnWarnings)" + whatFails + ": see the findings above");
        }
        return report;
    }

    String display(Path file) {
        return Finding.display(file, base());
    }

    private Path base() {
        return executionRoot == null ? Path.of("") : executionRoot.toPath();
    }

    static String plural(long n, String one) {
        return n + " " + (n == 1 ? one : one + "s");
    }
}
