package org.normative.dsl;

import java.nio.file.Path;

/** Paths of the repository's files used by tests. */
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

    /** The copy of ../shared/design/sample.norm kept with the tests (the syntax contract). */
    public static Path sample() {
        return root().resolve("bundles/org.normative.dsl/src/test/resources/sample.norm");
    }

    public static Path testResource(String name) {
        return root().resolve("bundles/org.normative.dsl/src/test/resources").resolve(name);
    }
}
