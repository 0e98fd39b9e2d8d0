package org.normative.dsl.ide;

import java.nio.file.Path;

/** Paths of the repository's files used by the IDE services' tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The repository root (set by the build; the working directory's parent folders otherwise). */
    public static Path root() {
        String root = System.getProperty("normative.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !dir.resolve("examples").toFile().isDirectory()) {
            dir = dir.getParent();
        }
        return dir;
    }
}
