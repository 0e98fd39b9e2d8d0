package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

/** Usage and I/O problems: exit code 2, a short message on stderr, no stack trace, nothing on stdout. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UsageErrorsIT {

    @TempDir
    Path temp;

    @Test
    void a_missing_path_gives_exit_code_2_and_one_line_naming_it() {
        Result result = CliProcess.run(temp, "validate", "no-such-folder");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        assertEquals(List.of("normative: no-such-folder: no such file or folder"), result.stderrLines(), result::toString);
        assertTrue(result.stdout().isBlank(), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void a_missing_path_among_existing_ones_stops_validation_with_exit_code_2() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));

        Result result = CliProcess.run(temp, "validate", "broken", "missing.norm");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        assertEquals(List.of("normative: missing.norm: no such file or folder"), result.stderrLines(), result::toString);
        assertTrue(result.stdout().isBlank(), result::toString);
    }

    @Test
    void a_file_that_is_not_a_norm_file_gives_exit_code_2_and_one_line() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "not a standard");

        Result result = CliProcess.run(temp, "validate", "notes.txt");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        assertEquals(List.of("normative: notes.txt: not a .norm file"), result.stderrLines(), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void format_reports_a_missing_path_the_same_way_as_validate() {
        Result format = CliProcess.run(temp, "format", "--check", "no-such-folder");

        assertEquals(NormativeCli.USAGE_OR_IO, format.exitCode(), format::toString);
        assertEquals(List.of("normative: no-such-folder: no such file or folder"), format.stderrLines(), format::toString);
        format.assertNoStackTrace();
    }

    @Test
    void debug_adds_the_stack_trace_after_the_one_line_message() {
        Result result = CliProcess.run(temp, "validate", "--debug", "no-such-folder");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        List<String> lines = result.stderrLines();
        assertEquals("normative: no-such-folder: no such file or folder", lines.get(0), result::toString);
        assertTrue(lines.size() > 2 && result.stderr().contains("\tat "), result::toString);
    }

    @Test
    void an_unknown_format_gives_exit_code_2_and_names_the_valid_formats() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));

        Result result = CliProcess.run(temp, "validate", "--format", "xml", "broken");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        String first = result.stderrLines().get(0);
        assertTrue(first.contains("'--format'") && first.contains("'xml'"), first);
        assertTrue(first.contains("TEXT") && first.contains("JSON") && first.contains("SARIF"), first);
        assertTrue(result.stderr().contains("Usage: normative validate"), result::toString);
        assertTrue(result.stdout().isBlank(), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void an_unknown_subcommand_gives_exit_code_2_and_suggests_the_commands() {
        Result result = CliProcess.run(temp, "frobnicate");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        assertTrue(result.stderr().contains("'frobnicate'"), result::toString);
        assertTrue(result.stderr().contains("normative validate"), result::toString);
        assertTrue(result.stdout().isBlank(), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void an_unknown_option_gives_exit_code_2() {
        Result result = CliProcess.run(temp, "validate", "--strict", ".");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        assertTrue(result.stderr().contains("--strict"), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void validate_without_a_path_gives_exit_code_2_and_the_usage() {
        Result result = CliProcess.run(temp, "validate");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        assertTrue(result.stderr().contains("Missing required parameter: 'PATH'"), result::toString);
        assertTrue(result.stderr().contains("Usage: normative validate"), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void an_unknown_rule_in_normative_properties_gives_exit_code_2_and_one_line() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));
        Path properties = Files.writeString(temp.resolve("broken/normative.properties"), "rule.no-such-rule = error\n");

        for (String path : List.of("broken", Path.of("broken", BrokenStandard.FILE_NAME).toString())) {
            Result result = CliProcess.run(temp, "validate", path);

            assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
            List<String> lines = result.stderrLines();
            assertEquals(1, lines.size(), result::toString);
            assertTrue(lines.get(0).startsWith("normative: "), result::toString);
            assertTrue(lines.get(0).contains(properties.getFileName().toString()), result::toString);
            assertTrue(lines.get(0).contains("unknown rule 'no-such-rule'"), result::toString);
            assertTrue(result.stdout().isBlank(), result::toString);
            result.assertNoStackTrace();
        }
    }

    @Test
    void a_severity_that_does_not_exist_in_normative_properties_gives_exit_code_2_and_one_line() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));
        Files.writeString(temp.resolve("normative.properties"), "rule.tier-coverage = fatal\n");

        Result result = CliProcess.run(temp, "validate", "broken");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        List<String> lines = result.stderrLines();
        assertEquals(1, lines.size(), result::toString);
        assertTrue(lines.get(0).startsWith("normative: ") && lines.get(0).contains("'fatal' is not a severity"), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void a_valid_normative_properties_changes_the_severities_and_the_exit_code() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));
        Files.writeString(temp.resolve("broken/normative.properties"), """
                rule.tier-coverage = warning
                rule.unknown-tier = off
                rule.duplicate-criterion = info
                """);

        Result result = CliProcess.run(temp, "validate", "broken");

        // only the unresolved reference is an error still (its severity cannot be changed)
        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        List<String> lines = result.stdoutLines();
        assertEquals("1 role, 1 dimension, 2 points, 7 criteria: 1 error, 1 warning, 1 info", lines.get(lines.size() - 1),
                result::toString);
        assertTrue(lines.stream().anyMatch(line -> line.contains(": warning: [tier-coverage] ")), result::toString);
        assertTrue(lines.stream().anyMatch(line -> line.contains(": info: [duplicate-criterion] ")), result::toString);
        assertTrue(lines.stream().noneMatch(line -> line.contains("[unknown-tier]")), result::toString);
    }
}
