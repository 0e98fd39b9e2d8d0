package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@code normative} as a separate process, as a user would: a fresh JVM on this module's
 * runtime class path (the test JVM's class path), stdin closed, stdout and stderr captured
 * separately as UTF-8, and a time limit. The JVM options are those of the distribution's
 * launcher ({@code releng/org.normative.cli.dist/src/bin/normative}).
 */
final class CliProcess {

    /** How long one run may take before the test fails. */
    static final long TIMEOUT_SECONDS = 60;

    private CliProcess() {
    }

    /** The outcome of one run of {@code normative}. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {

        List<String> stdoutLines() {
            return lines(stdout);
        }

        /** The lines on stderr, without blank lines. */
        List<String> stderrLines() {
            return lines(stderr);
        }

        private static List<String> lines(String text) {
            return text.lines().filter(line -> !line.isBlank()).toList();
        }

        /** Asserts that neither stream shows a stack trace or an exception's class name. */
        void assertNoStackTrace() {
            for (String stream : List.of(stdout, stderr)) {
                assertFalse(stream.contains("\tat "), () -> "stack trace in the output of " + this);
                assertFalse(stream.contains("Exception"), () -> "exception in the output of " + this);
            }
        }

        @Override
        public String toString() {
            return String.join(" ", command.subList(command.indexOf(NormativeCli.class.getName()), command.size()))
                    + "\n  exit code: " + exitCode + "\n  stdout:\n" + stdout + "\n  stderr:\n" + stderr;
        }
    }

    /** The root of the repository: the folder of {@code examples/} and {@code bundles/}. */
    static Path repositoryRoot() {
        String property = System.getProperty("normative.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        // run from an IDE: look up from the module folder
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/ai-competency-model"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root: set -Dnormative.root");
    }

    /** The command line of {@code normative ARGS}: a fresh JVM with the launcher's options on this class path. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        if (Runtime.version().feature() >= 24) {
            // as the launcher does: Guice (used by Xtext) reads sun.misc.Unsafe, which newer JDKs warn about
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(NormativeCli.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** A process builder for {@code command} in {@code workingDirectory}, without JVM option variables. */
    static ProcessBuilder builder(List<String> command, Path workingDirectory) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        // options the JVM would announce on stderr
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        return builder;
    }

    /** Runs {@code normative ARGS} in {@code workingDirectory} and waits for it to end. */
    static Result run(Path workingDirectory, String... args) {
        List<String> command = command(args);
        ProcessBuilder builder = builder(command, workingDirectory);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = read(process.getInputStream());
            CompletableFuture<String> stderr = read(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("normative " + String.join(" ", args) + " did not end within " + TIMEOUT_SECONDS + " s\n  stdout:\n"
                        + stdout.getNow("") + "\n  stderr:\n" + stderr.getNow(""));
            }
            return new Result(List.copyOf(command), process.exitValue(),
                    stdout.get(10, TimeUnit.SECONDS), stderr.get(10, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the output of " + command, e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads all of {@code stream} as UTF-8 on a daemon thread (so that a full pipe never blocks the process). */
    static CompletableFuture<String> read(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                text.completeExceptionally(e);
            }
        }, "normative-output-reader");
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
