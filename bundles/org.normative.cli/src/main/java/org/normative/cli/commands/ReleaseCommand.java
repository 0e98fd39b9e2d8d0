package org.normative.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.normative.cli.NormativeCli;
import org.normative.diff.release.Releases;
import org.normative.diff.release.VersionRefusedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code normative release X.Y.Z [--tag] [--force] [--date D] [--summary S] [--path DIR]}: the
 * arguments and the output; the work is {@link Releases} (docs/diff.md, "Cutting a release").
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Cut a release of the standard in --path: compare it with the last release tag (the highest "
                + "X.Y.Z or vX.Y.Z tag on HEAD or an ancestor), check the version against the semver advice, set the "
                + "standard's version and add a release entry (date, summary) to its source file.",
                "A pre-release (1.1.0-rc.1) is checked against the last release like its release, and must come "
                        + "after the last pre-release tag in semver order.",
                "With --tag, commit the standard's folder as \"Release X.Y.Z\" and tag that commit vX.Y.Z.",
                "Exit code: 0 released, 1 the version contradicts the last release or the advice (nothing written), "
                        + "2 usage, Git or I/O problem, or the edited standard does not validate (the file is restored)."})
public final class ReleaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "X.Y.Z", description = "The new version: X.Y.Z, or a pre-release such as X.Y.Z-rc.1.")
    String version;

    @Option(names = "--tag", description = "Commit the standard's folder (\"Release X.Y.Z\") and tag the commit vX.Y.Z (annotated).")
    boolean tag;

    @Option(names = "--force", description = "Accept a version that contradicts the semver advice (with a warning).")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The release date (default: today).")
    String date;

    @Option(names = "--summary", paramLabel = "TEXT", description = "The release summary (default: drawn from the changes).")
    String summary;

    @Option(names = "--path", defaultValue = ".", paramLabel = "DIR",
            description = "The standard's folder (or file) in the Git repository (default: the current folder).")
    Path path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = null;
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--date: '" + date + "' is no date YYYY-MM-DD");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Releases.Result result;
        try {
            result = Releases.release(new Releases.Request(version, path, day, summary, force, tag));
        } catch (VersionRefusedException e) {
            err.println("normative: " + e.getMessage());
            return NormativeCli.FINDINGS;
        }
        if (result.warning() != null) {
            err.println("normative: warning: " + result.warning());
        }
        out.println("Release " + result.version() + " " + result.date() + " \"" + result.summary() + "\"");
        if (result.lastTag() == null) {
            out.println("  first release (no earlier release tag)");
        } else {
            out.println("  since " + result.lastTag() + ": semver advice " + result.report().semver().label());
        }
        out.println("  edited " + result.file());
        if (result.tag() != null) {
            out.println("  committed " + result.commit().substring(0, 12) + " \"Release " + result.version() + "\", tagged "
                    + result.tag());
        }
        return NormativeCli.OK;
    }
}
