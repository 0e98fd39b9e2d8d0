package org.normative.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normative.cli.NormativeCli;
import org.normative.cli.Terminal;
import org.normative.cli.output.ChangeFormat;
import org.normative.diff.ChangeReport;
import org.normative.diff.StandardDiff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code normative diff OLD NEW}: what changed between two versions of a standard. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Report what changed between two versions of a standard, each a .norm file or a folder: "
                + "points added, removed, moved, renamed or reworded, criteria changed per tier, relations, "
                + "translations and metadata, with semantic-versioning advice.",
                "Elements are matched by their id path, never by position.",
                "Exit code: 0 the versions have the same content, 1 they differ, 2 usage or I/O problem."})
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version: a .norm file or a folder.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version: a .norm file or a folder.")
    Path after;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: text, markdown or json (default: ${DEFAULT-VALUE}).")
    ChangeFormat format;

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ChangeReport report = StandardDiff.compare(before, after);
        format.write(report, spec.commandLine().getOut(), !noColor && Terminal.colours());
        return report.isEmpty() ? NormativeCli.OK : NormativeCli.FINDINGS;
    }
}
