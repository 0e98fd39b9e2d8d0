package org.normative.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normative.cli.NormativeCli;
import org.normative.cli.Terminal;
import org.normative.cli.output.ChangeFormat;
import org.normative.diff.ChangeReport;
import org.normative.diff.git.GitRevisions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code normative diff OLD [NEW] [--path DIR]}: what changed between two versions of a standard,
 * each a file or folder or a Git revision ({@link GitRevisions}).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Report what changed between two versions of a standard, each a .norm file or a folder, "
                + "or a Git revision (tag, branch, commit) of the repository that holds --path: "
                + "points added, removed, moved, renamed or reworded, criteria changed per tier, relations, "
                + "translations and metadata, with semantic-versioning advice.",
                "An argument that exists as a file or folder is one; otherwise it is a revision, read with JGit "
                        + "without touching the working tree. Without NEW, OLD is compared with --path in the working tree.",
                "Elements are matched by their id path, never by position.",
                "Exit code: 0 the versions have the same content, 1 they differ, 2 usage or I/O problem."})
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version: a .norm file, a folder or a Git revision.")
    String before;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW",
            description = "The later version: a .norm file, a folder or a Git revision (default: --path in the working tree).")
    String after;

    @Option(names = "--path", defaultValue = ".", paramLabel = "DIR",
            description = "The standard's folder (or file) in the Git repository, for revisions (default: the current folder).")
    Path path;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: text, markdown or json (default: ${DEFAULT-VALUE}).")
    ChangeFormat format;

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ChangeReport report = GitRevisions.compare(before, after, path);
        format.write(report, spec.commandLine().getOut(), !noColor && Terminal.colours());
        return report.isEmpty() ? NormativeCli.OK : NormativeCli.FINDINGS;
    }
}
