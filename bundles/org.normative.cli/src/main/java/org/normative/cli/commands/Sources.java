package org.normative.cli.commands;

import java.nio.file.Path;
import java.util.List;

import org.normative.cli.progress.TerminalProgress;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options of the commands that read standards: the files or folders, and the progress bar. */
public final class Sources {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, or folders: every .norm file under them is taken.")
    List<Path> paths;

    @Option(names = "--no-progress", description = "Never draw a progress bar.")
    boolean noProgress;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The progress bar of this run (drawn only on a terminal). */
    public Progress progress() {
        return TerminalProgress.create(spec.commandLine().getErr(), noProgress);
    }

    /** Loads the files, with the other files of their folders for references. */
    public StandardProject load(Progress progress) throws ProjectException {
        return StandardProject.load(paths, progress);
    }
}
