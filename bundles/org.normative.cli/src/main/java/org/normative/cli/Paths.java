package org.normative.cli;

import java.nio.file.Path;

/** How files are shown to the user: relative to the working directory when inside it. */
public final class Paths {

    private Paths() {
    }

    public static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
