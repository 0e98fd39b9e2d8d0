package org.normative.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.normative.cli.NormativeCli;
import org.normative.cli.Paths;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code normative format PATH... [--check]}: rewrites files in the canonical layout. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = {"Rewrite .norm files in the canonical layout (comments are kept, text is never changed).",
                "With --check, change nothing: list the files that are not formatted and exit 1 if there are any.",
                "Files with syntax errors are left alone and reported."})
public final class FormatCommand implements Callable<Integer> {

    @Mixin
    Sources sources;

    @Option(names = "--check", description = "Only check; exit 1 when a file is not formatted.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = sources.progress();
        StandardProject project = sources.load(progress);
        int unformatted = 0;
        int changed = 0;
        int broken = 0;
        progress.begin("Formatting", project.files().size());
        for (Path file : project.files()) {
            progress.worked(1);
            if (project.resource(file).getParseResult().hasSyntaxErrors()) {
                err.println(Paths.display(file) + ": not formatted: it has syntax errors (see normative validate)");
                broken++;
                continue;
            }
            String original = Files.readString(file, StandardCharsets.UTF_8);
            String formatted = project.format(file);
            if (formatted.equals(original)) {
                continue;
            }
            if (check) {
                out.println(Paths.display(file) + ": not formatted");
                unformatted++;
            } else {
                write(file, formatted);
                out.println(Paths.display(file) + ": formatted");
                changed++;
            }
        }
        progress.done();
        int total = project.files().size();
        if (check) {
            err.println(unformatted == 0 && broken == 0 ? files(total) + " checked: all formatted"
                    : files(total) + " checked: " + unformatted + " not formatted" + (broken > 0 ? ", " + broken + " with syntax errors" : ""));
            return unformatted > 0 || broken > 0 ? NormativeCli.FINDINGS : NormativeCli.OK;
        }
        err.println(files(total) + ": " + changed + " reformatted" + (broken > 0 ? ", " + broken + " with syntax errors left alone" : ""));
        return broken > 0 ? NormativeCli.FINDINGS : NormativeCli.OK;
    }

    private static String files(int n) {
        return n + (n == 1 ? " file" : " files");
    }

    /** Writes next to the file, then moves over it: an interrupted run never leaves a half-written file. */
    private static void write(Path file, String text) throws ProjectException {
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot write the file: " + e.getMessage(), e);
        }
    }
}
