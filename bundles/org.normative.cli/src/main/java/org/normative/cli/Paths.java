package org.normative.cli;

import java.nio.file.Path;

import org.normative.dsl.project.Finding;

/** How files are shown to the user: relative to the working directory when inside it. */
public final class Paths {

    private Paths() {
    }

    public static String display(Path file) {
        return Finding.display(file, Path.of(""));
    }
}
