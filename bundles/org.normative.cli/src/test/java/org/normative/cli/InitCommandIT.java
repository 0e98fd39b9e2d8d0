package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code normative init DIR}, run as a separate process. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InitCommandIT {

    private static final List<String> FILES = List.of("standard.norm", "pract.norm", "normative.properties", "README.md");

    @TempDir
    Path temp;

    @Test
    void init_creates_a_project_that_validates_without_errors_or_warnings() throws IOException {
        Result init = CliProcess.run(temp, "init", "data-skills");

        assertEquals(NormativeCli.OK, init.exitCode(), init::toString);
        for (String file : FILES) {
            assertTrue(Files.isRegularFile(temp.resolve("data-skills").resolve(file)), () -> file + " missing: " + init);
            assertTrue(Files.size(temp.resolve("data-skills").resolve(file)) > 0, () -> file + " is empty");
        }
        assertEquals("Created standard 'data-skills' in data-skills: " + String.join(", ", FILES), init.stdoutLines().get(0),
                init::toString);
        assertTrue(init.stderr().isBlank(), init::toString);
        assertTrue(Files.readString(temp.resolve("data-skills/standard.norm")).contains("standard data-skills version "));

        Result validate = CliProcess.run(temp, "validate", "data-skills");

        assertEquals(NormativeCli.OK, validate.exitCode(), validate::toString);
        List<String> lines = validate.stdoutLines();
        assertEquals(1, lines.size(), validate::toString);
        assertTrue(lines.get(0).endsWith(": 0 errors, 0 warnings"), validate::toString);
        assertTrue(lines.get(0).startsWith("1 role, "), validate::toString);
    }

    @Test
    void the_new_project_is_in_the_canonical_layout() {
        CliProcess.run(temp, "init", "data-skills");

        Result check = CliProcess.run(temp, "format", "--check", "data-skills");

        assertEquals(NormativeCli.OK, check.exitCode(), check::toString);
        assertEquals(List.of("2 files checked: all formatted"), check.stderrLines(), check::toString);
    }

    @Test
    void init_takes_the_id_title_and_first_role_from_its_options() throws IOException {
        Result init = CliProcess.run(temp, "init", "project", "--id", "acme.data-competency", "--title", "Data \"Quoted\" Standard",
                "--role", "ANALYST", "--role-title", "Data Analyst", "--publisher", "ACME");

        assertEquals(NormativeCli.OK, init.exitCode(), init::toString);
        assertTrue(Files.isRegularFile(temp.resolve("project/analyst.norm")), init::toString);
        String standard = Files.readString(temp.resolve("project/standard.norm"));
        assertTrue(standard.contains("standard acme.data-competency version "), standard);
        assertTrue(standard.contains("\"Data \\\"Quoted\\\" Standard\""), standard);

        Result validate = CliProcess.run(temp, "validate", "project");
        assertEquals(NormativeCli.OK, validate.exitCode(), validate::toString);
        assertTrue(validate.stdoutLines().get(0).endsWith(": 0 errors, 0 warnings"), validate::toString);
    }

    @Test
    void init_into_an_existing_empty_folder_is_allowed() throws IOException {
        Files.createDirectories(temp.resolve("empty"));

        Result init = CliProcess.run(temp, "init", "empty");

        assertEquals(NormativeCli.OK, init.exitCode(), init::toString);
        assertTrue(Files.isRegularFile(temp.resolve("empty/standard.norm")), init::toString);
    }

    @Test
    void init_into_a_non_empty_folder_gives_exit_code_2_and_writes_nothing() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(folder.resolve("notes.txt"), "keep me");

        Result init = CliProcess.run(temp, "init", "taken");

        assertEquals(NormativeCli.USAGE_OR_IO, init.exitCode(), init::toString);
        assertEquals(List.of("normative: taken: exists and is not an empty folder; choose a new folder"), init.stderrLines(),
                init::toString);
        assertTrue(init.stdout().isBlank(), init::toString);
        init.assertNoStackTrace();
        try (var files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("notes.txt")), files.toList());
        }
        assertEquals("keep me", Files.readString(folder.resolve("notes.txt")));
    }

    @Test
    void init_on_an_existing_file_gives_exit_code_2() throws IOException {
        Files.writeString(temp.resolve("file.txt"), "a file");

        Result init = CliProcess.run(temp, "init", "file.txt");

        assertEquals(NormativeCli.USAGE_OR_IO, init.exitCode(), init::toString);
        assertTrue(init.stderrLines().get(0).startsWith("normative: file.txt: "), init::toString);
        init.assertNoStackTrace();
    }

    @Test
    void an_invalid_standard_id_gives_exit_code_2_and_creates_no_folder() {
        Result init = CliProcess.run(temp, "init", "new-project", "--id", "9lives");

        assertEquals(NormativeCli.USAGE_OR_IO, init.exitCode(), init::toString);
        List<String> lines = init.stderrLines();
        assertEquals(1, lines.size(), init::toString);
        assertTrue(lines.get(0).startsWith("normative: '9lives' is not a standard id"), init::toString);
        assertFalse(Files.exists(temp.resolve("new-project")), init::toString);
    }
}
