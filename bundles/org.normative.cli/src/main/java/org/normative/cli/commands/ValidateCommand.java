package org.normative.cli.commands;

import java.util.concurrent.Callable;

import org.normative.cli.NormativeCli;
import org.normative.cli.output.OutputFormat;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code normative validate PATH...}: checks standards against every rule of the language. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check .norm files (or every .norm file under folders) against the language's rules.",
                "Prints one line per finding (file:line:col: severity: [rule-id] message) and a summary.",
                "Exit code: 0 no errors, 1 errors found, 2 usage or I/O problem."})
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    Sources sources;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: text, json or sarif (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Progress progress = sources.progress();
        StandardProject project = sources.load(progress);
        ValidationReport report = project.validate(progress);
        progress.done();
        format.report().write(report, spec.commandLine().getOut(), spec.commandLine().getErr());
        return report.hasErrors() ? NormativeCli.FINDINGS : NormativeCli.OK;
    }
}
