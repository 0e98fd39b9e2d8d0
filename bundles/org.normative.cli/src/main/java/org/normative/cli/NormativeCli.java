package org.normative.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.normative.cli.commands.DiffCommand;
import org.normative.cli.commands.FormatCommand;
import org.normative.cli.commands.InitCommand;
import org.normative.cli.commands.LspCommand;
import org.normative.cli.commands.PublishCommand;
import org.normative.cli.commands.ReleaseCommand;
import org.normative.cli.commands.ValidateCommand;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code normative} command. Exit codes: 0 success, 1 the standard has errors (or is not
 * formatted, for {@code format --check}; or the versions differ, for {@code diff}), 2 usage or
 * I/O problems. Problems a user can cause are
 * printed as one line; a stack trace only with {@code --debug}.
 */
@Command(name = "normative", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Author, check and publish competency standards written in the .norm language.",
        subcommands = {ValidateCommand.class, FormatCommand.class, DiffCommand.class, ReleaseCommand.class,
                PublishCommand.class, InitCommand.class, LspCommand.class, CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true)
public final class NormativeCli implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE_OR_IO = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        prepareLanguage(args);
        PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        ClassDataArchive.writeIfAsked(code);
        System.exit(code);
    }

    /** The thread that sets up the language's services, or {@code null}. */
    private static volatile Thread languageSetUp;

    /** The commands that load standards with the language's services. */
    private static final Set<String> LANGUAGE_COMMANDS = Set.of("validate", "format", "diff", "release", "publish");

    /**
     * Sets up the language's services ({@link StandardProject#injector()}, about 0.6 s of class
     * loading and Guice) on a thread of its own when the command will need them, so that this
     * overlaps with the JVM's and picocli's own start (another 0.4 s) on a second core. The
     * command then takes the services from {@link StandardProject#injector()}, which waits for
     * the set-up; should it fail here, it is tried again there and reported as usual.
     */
    static void prepareLanguage(String[] args) {
        String command = null;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) {
                return;
            }
            if (command == null && !arg.startsWith("-")) {
                command = arg;
            }
        }
        if (command != null && LANGUAGE_COMMANDS.contains(command)) {
            languageSetUp = Thread.ofPlatform().name("normative-setup").daemon(true).start(() -> {
                try {
                    StandardProject.injector();
                } catch (RuntimeException | LinkageError e) {
                    // tried again, and reported, by the command
                }
            });
        }
    }

    /** Waits (at most 30 s) until the language's set-up started by {@link #prepareLanguage} has ended. */
    static void awaitLanguageSetUp() throws InterruptedException {
        Thread setUp = languageSetUp;
        if (setUp != null) {
            setUp.join(30_000);
        }
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        NormativeCli cli = new NormativeCli();
        CommandLine commandLine = new CommandLine(cli);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            if (exception instanceof ProjectException) {
                err.println("normative: " + exception.getMessage());
                if (cli.debug) {
                    exception.printStackTrace(err);
                }
                return USAGE_OR_IO;
            }
            err.println("normative: internal error: " + exception
                    + (cli.debug ? "" : " (run with --debug for the stack trace, and please report it)"));
            if (cli.debug) {
                exception.printStackTrace(err);
            }
            return USAGE_OR_IO;
        });
        return commandLine.execute(args);
    }
}
