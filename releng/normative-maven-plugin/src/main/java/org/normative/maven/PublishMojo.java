package org.normative.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.normative.diff.ChangeReport;
import org.normative.diff.git.GitRevisions;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Standard;
import org.normative.publish.PublishRequest;
import org.normative.publish.Publishing;

/**
 * Publishes the editions of the standard, as {@code normative publish} does and with the same
 * publishing service: validates first (a standard with errors is not published, its findings are
 * logged as by the {@code validate} goal), then writes one file per format and language,
 * {@code <standard-id>-<version>[-<lang>].<ext>}, atomically.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class PublishMojo extends AbstractNormativeMojo {

    /** The folder the editions are written to (created if need be). */
    @Parameter(property = "normative.outputDirectory", defaultValue = "${project.build.directory}/editions", required = true)
    File outputDirectory;

    /** The formats by name ({@code json}, ...); default: every format there is. */
    @Parameter(property = "normative.formats")
    List<String> formats;

    /** The languages, each one of the standard's {@code languages}; default: the standard's default language. */
    @Parameter(property = "normative.languages")
    List<String> languages;

    /**
     * An earlier version of the standard: a Git revision (tag, branch, commit) of the repository
     * that holds {@code sources}, or a {@code .norm} file or folder. When set, every edition ends
     * with a "Changes since VERSION" annex.
     */
    @Parameter(property = "normative.changesSince")
    String changesSince;

    /**
     * An earlier version of the standard, as for {@code changesSince}: when set, redline editions
     * ({@code <standard-id>-<version>[-<lang>]-redline.<ext>} of the Word, PDF and HTML editions
     * asked for) are published beside the clean ones, marking what changed since that version (Word
     * tracked changes; in PDF and HTML, inserted text underlined and deleted text struck through); implies {@code changesSince}
     * with the same version unless that is set too.
     */
    @Parameter(property = "normative.redlineFrom")
    String redlineFrom;

    @Override
    void run() throws MojoFailureException, ProjectException {
        StandardProject project = load();
        List<Standard> standards = project.standards();
        if (standards.isEmpty()) {
            throw new ProjectException(display(sources.toPath())
                    + ": no standard to publish: no file starts with 'standard ID version X.Y.Z'");
        }
        Set<String> editions = new HashSet<>();
        for (Standard standard : standards) {
            if (!editions.add(standard.getId() + " " + standard.getVersion())) {
                throw new ProjectException("two standards are " + standard.getId() + " version " + standard.getVersion()
                        + ": publish them from different executions, into different folders");
            }
        }
        Publishing publishing = new Publishing();
        List<PublishRequest> requests = requests();
        // an unknown format or language fails before anything is validated or written
        for (Standard standard : standards) {
            for (PublishRequest request : requests) {
                publishing.check(standard, redline() ? request.withRedlineFrom(standard) : request);
            }
        }
        validate(project, ": not published");
        // the schema is written once per language: listed once
        Set<Path> written = new LinkedHashSet<>();
        for (Standard standard : standards) {
            String since = changesSince != null && !changesSince.isBlank() ? changesSince.trim()
                    : redline() ? redlineFrom.trim() : null;
            ChangeReport changes = since == null ? null : GitRevisions.compareWith(since, standard, sources.toPath());
            Standard earlier = redline() ? GitRevisions.standardAt(redlineFrom.trim(), sources.toPath()) : null;
            for (PublishRequest request : requests) {
                written.addAll(publishing.publish(standard, request.withChanges(changes).withRedlineFrom(earlier), Progress.NONE));
            }
        }
        for (Path file : written) {
            getLog().info("Wrote " + display(file));
        }
    }

    private boolean redline() {
        return redlineFrom != null && !redlineFrom.isBlank();
    }

    /** One request per language (the default language when none is configured). */
    private List<PublishRequest> requests() {
        List<String> formatNames = formats == null ? List.of() : formats.stream().map(String::trim).filter(f -> !f.isEmpty()).toList();
        List<String> languageNames = languages == null ? List.of()
                : languages.stream().map(String::trim).filter(l -> !l.isEmpty()).distinct().toList();
        Path folder = outputDirectory.toPath();
        if (languageNames.isEmpty()) {
            return List.of(new PublishRequest(formatNames, null, folder));
        }
        return languageNames.stream().map(language -> new PublishRequest(formatNames, language, folder)).toList();
    }
}
