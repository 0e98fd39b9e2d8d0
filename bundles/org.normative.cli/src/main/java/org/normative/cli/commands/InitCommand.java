package org.normative.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.normative.cli.NormativeCli;
import org.normative.cli.Paths;
import org.normative.dsl.project.StandardScaffold;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code normative init DIR}: a new standard project that a committee can start from ({@link StandardScaffold}). */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new standard project in DIR (a new or empty folder).",
                "It holds the standard's file (metadata, front matter, a principle and a three-tier scheme), "
                        + "one role file to start from, normative.properties with every rule's severity, and a README "
                        + "for the committee. The new project validates without errors."})
public final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder to create the project in.")
    Path dir;

    @Option(names = "--id", paramLabel = "ID", description = "The standard's id, e.g. acme.data-competency (default: from DIR).")
    String id;

    @Option(names = "--title", paramLabel = "TITLE", description = "The standard's title (default: from the id).")
    String title;

    @Option(names = "--publisher", paramLabel = "NAME", defaultValue = "Standards Committee",
            description = "The publishing body (default: ${DEFAULT-VALUE}).")
    String publisher;

    @Option(names = "--role", paramLabel = "CODE", defaultValue = "PRACT",
            description = "The code of the first role (default: ${DEFAULT-VALUE}).")
    String role;

    @Option(names = "--role-title", paramLabel = "TITLE", defaultValue = "Practitioner",
            description = "The title of the first role (default: ${DEFAULT-VALUE}).")
    String roleTitle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StandardScaffold scaffold = new StandardScaffold(dir).id(id).title(title).publisher(publisher).role(role).roleTitle(roleTitle);
        List<Path> files = scaffold.create();
        out.println("Created standard '" + scaffold.standardId() + "' in " + Paths.display(dir) + ": "
                + String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList()));
        out.println("Next: edit the files, then run: normative validate " + Paths.display(dir));
        return NormativeCli.OK;
    }
}
