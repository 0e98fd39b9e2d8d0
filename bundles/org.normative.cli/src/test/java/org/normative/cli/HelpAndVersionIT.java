package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.normative.cli.CliProcess.Result;

/** {@code --version} and the usage help of the command and its subcommands: exit code 0, text on stdout. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HelpAndVersionIT {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "normative {0} prints the version")
    @ValueSource(strings = {"--version", "-V"})
    void version_prints_normative_and_the_version_of_the_build(String option) {
        Result result = CliProcess.run(temp, option);

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        String version = VersionProvider.version();
        assertNotEquals("unknown", version);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
        assertEquals("normative " + version, result.stdoutLines().get(0), result::toString);
        assertTrue(result.stderr().isBlank(), result::toString);
    }

    @Test
    void help_prints_the_usage_with_every_command() {
        Result result = CliProcess.run(temp, "--help");

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        List<String> lines = result.stdoutLines();
        assertTrue(lines.get(0).startsWith("Usage: normative "), result::toString);
        for (String command : List.of("validate", "format", "init", "help")) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("  " + command + " ")), () -> command + " in " + result);
        }
        assertTrue(result.stdout().contains("--version") && result.stdout().contains("--debug"), result::toString);
        assertTrue(result.stderr().isBlank(), result::toString);
    }

    @Test
    void normative_without_arguments_prints_the_usage_and_exits_with_0() {
        Result result = CliProcess.run(temp);

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        assertTrue(result.stdout().startsWith("Usage: normative "), result::toString);
    }

    @ParameterizedTest(name = "normative {0} --help prints its usage")
    @CsvSource(delimiter = '|', value = {
            "validate | PATH... | --format",
            "format   | PATH... | --check",
            "init     | DIR     | --publisher"})
    void help_of_a_subcommand_prints_its_usage_and_options(String command, String parameter, String option) {
        Result result = CliProcess.run(temp, command, "--help");

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        String usage = result.stdout();
        assertTrue(usage.startsWith("Usage: normative " + command + " "), result::toString);
        assertTrue(usage.contains(parameter) && usage.contains(option) && usage.contains("--help"), result::toString);
        assertTrue(result.stderr().isBlank(), result::toString);
    }

    @Test
    void the_help_command_prints_the_usage_of_a_subcommand() {
        Result result = CliProcess.run(temp, "help", "validate");

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        assertTrue(result.stdout().startsWith("Usage: normative validate "), result::toString);
        assertTrue(result.stdout().contains("Exit code: 0 no errors, 1 errors found, 2 usage or I/O problem."), result::toString);
    }
}
