package org.normative.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.normative.cli.NormativeCli;
import org.normative.cli.Paths;
import org.normative.cli.output.OutputFormat;
import org.normative.diff.git.GitRevisions;
import org.normative.dsl.index.StandardIndex;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.model.Standard;
import org.normative.model.StandardPart;
import org.normative.model.Unit;
import org.normative.publish.PublishRequest;
import org.normative.publish.Publishers;
import org.normative.publish.Publishing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code normative publish PATH --out DIR [--format pdf,html,json] [--lang zh]}: writes the editions of standards. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish the editions of the standards in PATH into DIR.",
                "One file per standard and format, named <standard-id>-<version>[-<lang>].<ext>, "
                        + "and the JSON edition's schema next to it.",
                "Validates first: a standard with errors is not published (its findings are printed as by validate).",
                "Files are written atomically: a failure keeps the previous edition. Prints the files written.",
                "With --changes-since, every edition ends with an annex listing what changed since that version (see normative diff).",
                "With --redline-from, also redline editions (<standard-id>-<version>[-<lang>]-redline.<ext>; docx, pdf, html) that mark "
                        + "what changed since that version inside the document: Word tracked changes to accept or reject, "
                        + "PDF and HTML with inserted text underlined and deleted text struck through, in colour; "
                        + "it implies the annex of --changes-since from the same version unless --changes-since names another.",
                "Exit code: 0 published, 1 the standard has errors (nothing written), 2 usage or I/O problem."})
public final class PublishCommand implements Callable<Integer> {

    @Mixin
    Sources sources;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write the editions to (created if need be).")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats, comma-separated: ${COMPLETION-CANDIDATES} (default: all of them).",
            completionCandidates = Formats.class)
    List<String> formats = new ArrayList<>();

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "The language of the edition: one of the standard's languages (default: its first language).")
    String language;

    @Option(names = "--changes-since", paramLabel = "REV|PATH",
            description = "Add a \"Changes since\" annex: what changed from this earlier version, a Git revision (tag, branch, "
                    + "commit) of the repository that holds the standard, or a .norm file or folder.")
    String changesSince;

    @Option(names = "--redline-from", paramLabel = "REV|PATH",
            description = "Also publish redline editions marking what changed since this earlier version (a Git revision or "
                    + "a .norm file or folder, as for --changes-since): insertions and deletions as Word tracked changes. "
                    + "Implies --changes-since REV|PATH.")
    String redlineFrom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Publishing publishing = new Publishing();
        PublishRequest request = new PublishRequest(formats, language, out);
        Progress progress = sources.progress();
        try {
            StandardProject project = sources.load(progress);
            List<Standard> standards = standardsOf(project);
            // every file of the standards is validated, also those not named on the command line
            List<Path> files = filesOf(standards);
            if (!project.files().containsAll(files)) {
                Set<Path> all = new LinkedHashSet<>(project.files());
                all.addAll(files);
                project = StandardProject.load(List.copyOf(all), progress);
                standards = standardsOf(project);
            }
            for (Standard standard : standards) {
                // the formats and the language, before anything is validated or compared
                publishing.check(standard, redlineFrom == null ? request : request.withRedlineFrom(standard));
            }
            ValidationReport report = project.validate(progress);
            if (report.hasErrors()) {
                progress.done();
                OutputFormat.TEXT.report().write(report, stdout, stderr);
                stderr.println("normative: not published: fix the errors first");
                return NormativeCli.FINDINGS;
            }
            List<Path> written = new ArrayList<>();
            for (Standard standard : standards) {
                PublishRequest one = request;
                String since = changesSince != null ? changesSince : redlineFrom;
                if (since != null) {
                    one = one.withChanges(GitRevisions.compareWith(since, standard, folderOf(standard)));
                }
                if (redlineFrom != null) {
                    one = one.withRedlineFrom(GitRevisions.standardAt(redlineFrom, folderOf(standard)));
                }
                written.addAll(publishing.publish(standard, one, progress));
            }
            progress.done();
            if (!report.findings().isEmpty()) {
                // warnings and notes: shown, on stderr, so that stdout lists only the files written
                OutputFormat.TEXT.report().write(report, stderr, stderr);
            }
            for (Path file : written) {
                stdout.println(Paths.display(file));
            }
            stdout.flush();
            return NormativeCli.OK;
        } finally {
            progress.done();
        }
    }

    /** The standards of the files named, and those that the named {@code part of} files belong to, in file order. */
    private static List<Standard> standardsOf(StandardProject project) throws ProjectException {
        StandardIndex index = StandardProject.injector().getInstance(StandardIndex.class);
        Set<Standard> standards = new LinkedHashSet<>();
        for (Path file : project.files()) {
            for (EObject root : project.resource(file).getContents()) {
                if (root instanceof Standard standard) {
                    standards.add(standard);
                } else if (root instanceof StandardPart part) {
                    Standard standard = index.standardOf(part);
                    if (standard == null) {
                        throw new ProjectException(Paths.display(file) + ": part of '" + part.getStandard()
                                + "', but no file of that standard is in its folder");
                    }
                    standards.add(standard);
                }
            }
        }
        if (standards.isEmpty()) {
            throw new ProjectException("no standard to publish: no file starts with 'standard ID version X.Y.Z'");
        }
        // the editions of two standards with the same id and version would overwrite each other
        Set<String> editions = new java.util.HashSet<>();
        for (Standard standard : standards) {
            if (!editions.add(standard.getId() + " " + standard.getVersion())) {
                throw new ProjectException("two standards are " + standard.getId() + " version " + standard.getVersion()
                        + ": publish them one at a time, into different folders");
            }
        }
        return List.copyOf(standards);
    }

    /** The folder of the standard's own file: where its earlier versions are looked up. */
    private static Path folderOf(Standard standard) throws ProjectException {
        if (standard.eResource() == null || !standard.eResource().getURI().isFile()) {
            throw new ProjectException(standard.getId() + ": not read from a file, so it has no earlier version");
        }
        return Path.of(standard.eResource().getURI().toFileString()).toAbsolutePath().normalize().getParent();
    }

    private static List<Path> filesOf(List<Standard> standards) {
        StandardIndex index = StandardProject.injector().getInstance(StandardIndex.class);
        List<Path> files = new ArrayList<>();
        for (Standard standard : standards) {
            for (Unit unit : index.unitsOf(standard)) {
                if (unit.eResource() != null && unit.eResource().getURI().isFile()) {
                    files.add(Path.of(unit.eResource().getURI().toFileString()).toAbsolutePath().normalize());
                }
            }
        }
        return files;
    }

    /** The names of the formats, for the help. */
    static final class Formats implements Iterable<String> {

        @Override
        public java.util.Iterator<String> iterator() {
            return Publishers.standard().names().iterator();
        }
    }
}
