package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

/** {@code normative validate} with the default text output, run as a separate process. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValidateCommandIT {

    static final String EXAMPLE = "examples/ai-competency-model";
    static final String EXAMPLE_SUMMARY = "2 roles, 14 dimensions, 69 points, 207 criteria: 0 errors, 0 warnings";
    static final String SAMPLE = "bundles/org.normative.dsl/src/test/resources/sample.norm";

    @TempDir
    Path temp;

    @Test
    void the_seed_example_validates_clean_with_exit_code_0_and_only_the_summary_line() {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "validate", EXAMPLE);

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        assertEquals(List.of(EXAMPLE_SUMMARY), result.stdoutLines(), result::toString);
        assertTrue(result.stderr().isBlank(), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void the_seed_example_validates_the_same_when_its_files_are_named_one_by_one() throws IOException {
        Path root = CliProcess.repositoryRoot();
        List<String> args = new ArrayList<>(List.of("validate"));
        try (var files = Files.list(root.resolve(EXAMPLE))) {
            files.filter(file -> file.toString().endsWith(".norm")).sorted()
                    .forEach(file -> args.add(root.relativize(file).toString()));
        }
        assertEquals(4, args.size(), "the example has three .norm files");

        Result result = CliProcess.run(root, args.toArray(String[]::new));

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        assertEquals(List.of(EXAMPLE_SUMMARY), result.stdoutLines(), result::toString);
    }

    @Test
    void the_syntax_sample_validates_with_exit_code_0_and_at_most_warnings() {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "validate", SAMPLE);

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        List<String> lines = result.stdoutLines();
        String summary = lines.get(lines.size() - 1);
        Matcher counts = Pattern.compile("2 roles, 2 dimensions, 4 points, 9 criteria: 0 errors, (\\d+) warnings?")
                .matcher(summary);
        assertTrue(counts.matches(), () -> "summary: " + summary);
        List<String> findings = lines.subList(0, lines.size() - 1);
        assertEquals(Integer.parseInt(counts.group(1)), findings.size(), result::toString);
        Pattern warning = Pattern.compile(Pattern.quote(Path.of(SAMPLE).toString()) + ":\\d+:\\d+: warning: \\[[a-z-]+\\] .+");
        for (String finding : findings) {
            assertTrue(warning.matcher(finding).matches(), () -> "not a warning line: " + finding);
        }
        result.assertNoStackTrace();
    }

    @Test
    void a_standard_with_errors_gives_exit_code_1_and_one_line_per_finding_at_the_marked_token() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));
        String file = Path.of("broken", BrokenStandard.FILE_NAME).toString();

        Result result = CliProcess.run(temp, "validate", "broken");

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        List<String> lines = result.stdoutLines();
        assertEquals(BrokenStandard.FINDINGS.size() + 1, lines.size(), result::toString);
        assertAll(BrokenStandard.FINDINGS.stream().map(expected -> () -> {
            String line = lines.get(BrokenStandard.FINDINGS.indexOf(expected));
            assertTrue(line.startsWith(expected.textPrefix(file)), () -> "expected " + expected.textPrefix(file) + "... but was " + line);
            assertTrue(line.contains(expected.messagePart()), () -> "expected '" + expected.messagePart() + "' in " + line);
        }));
        assertEquals(BrokenStandard.SUMMARY, lines.get(lines.size() - 1));
        assertTrue(result.stderr().isBlank(), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void a_standard_with_errors_gives_the_same_findings_when_the_file_is_named_by_its_absolute_path() throws IOException {
        Path file = BrokenStandard.writeTo(temp.resolve("broken")).toAbsolutePath();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        Result result = CliProcess.run(elsewhere, "validate", file.toString());

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        List<String> lines = result.stdoutLines();
        for (int i = 0; i < BrokenStandard.FINDINGS.size(); i++) {
            // outside the working directory, files are shown by their absolute path
            String prefix = BrokenStandard.FINDINGS.get(i).textPrefix(file.toString());
            String line = lines.get(i);
            assertTrue(line.startsWith(prefix), () -> "expected " + prefix + "... but was " + line);
        }
        assertEquals(BrokenStandard.SUMMARY, lines.get(lines.size() - 1));
    }

    @Test
    void warnings_alone_give_exit_code_0() throws IOException {
        // only the duplicate criterion: a warning
        String text = BrokenStandard.TEXT
                .replace("criterion 2 \"Configures a build for a new module.\"",
                        "criterion 2 \"Configures a build for a new module.\"\n"
                                + "                criterion 3 \"Designs the build of a product line.\"")
                .replace("criterion 4 \"Teaches", "criterion 3 \"Teaches")
                .replace("requires packaging", "requires compile");
        assertFalse(text.equals(BrokenStandard.TEXT));
        Files.writeString(temp.resolve("warned.norm"), text);

        Result result = CliProcess.run(temp, "validate", "warned.norm");

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        List<String> lines = result.stdoutLines();
        assertEquals(2, lines.size(), result::toString);
        assertTrue(lines.get(0).startsWith("warned.norm:"), lines.get(0));
        assertTrue(lines.get(0).contains(": warning: [duplicate-criterion] "), lines.get(0));
        assertEquals("1 role, 1 dimension, 2 points, 8 criteria: 0 errors, 1 warning", lines.get(1));
    }

    @Test
    void a_syntax_error_is_reported_under_the_syntax_rule_with_exit_code_1() throws IOException {
        Files.writeString(temp.resolve("syntax.norm"), """
                standard acme.syntax version 1.0.0 {
                    title "Syntax"
                    role {
                    }
                }
                """);

        Result result = CliProcess.run(temp, "validate", "syntax.norm");

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        String first = result.stdoutLines().get(0);
        // 'role' must be followed by an id: the error is at the '{' in line 3, column 10
        assertTrue(first.startsWith("syntax.norm:3:10: error: [syntax] "), first);
        result.assertNoStackTrace();
    }
}
