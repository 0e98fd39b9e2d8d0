package org.normative.diff;

import java.nio.file.Path;

/** Paths of the repository's files used by tests (as in org.normative.dsl's tests). */
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

    public static Path example() {
        return root().resolve("examples/ai-competency-model");
    }

    /** The folder of a curated version pair: {@code pairs/NAME/before} and {@code pairs/NAME/after}. */
    public static Path pair(String name) {
        return root().resolve("bundles/org.normative.diff/src/test/resources/pairs").resolve(name);
    }
}
