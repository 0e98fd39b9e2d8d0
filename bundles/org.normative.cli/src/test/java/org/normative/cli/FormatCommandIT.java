package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

/** {@code normative format [--check]}, run as a separate process. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FormatCommandIT {

    /** A valid standard, all on three lines, with a space after '@'. */
    static final String MESSY = """
            standard acme.messy version 1.0.0 { title "Messy Standard" @ zh "混乱" languages en, zh
            tiers { tier 1 "One" @zh "一"   tier 2 "Two" @zh "二" }
            role R "Role" @  zh "角色" { dimension d "Dimension" @zh "维度" { point p "Point" @zh "要点" { criterion 1 "Explains a." criterion 2 "Applies b." } } } }
            """;

    static final String MESSY_SUMMARY = "1 role, 1 dimension, 1 point, 2 criteria: 0 errors, 0 warnings";

    @TempDir
    Path temp;

    @Test
    void the_seed_example_is_in_the_canonical_layout() throws IOException {
        Path root = CliProcess.repositoryRoot();
        Map<Path, byte[]> before = contents(root.resolve(ValidateCommandIT.EXAMPLE));

        Result result = CliProcess.run(root, "format", "--check", ValidateCommandIT.EXAMPLE);

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        assertTrue(result.stdout().isBlank(), result::toString);
        assertEquals(List.of("3 files checked: all formatted"), result.stderrLines(), result::toString);
        assertSameContents(before, contents(root.resolve(ValidateCommandIT.EXAMPLE)));
    }

    @Test
    void check_lists_a_badly_laid_out_file_exits_with_1_and_changes_nothing() throws IOException {
        Path file = Files.writeString(temp.resolve("messy.norm"), MESSY);

        Result result = CliProcess.run(temp, "format", "--check", "messy.norm");

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        assertEquals(List.of("messy.norm: not formatted"), result.stdoutLines(), result::toString);
        assertEquals(List.of("1 file checked: 1 not formatted"), result.stderrLines(), result::toString);
        assertEquals(MESSY, Files.readString(file));
    }

    @Test
    void format_rewrites_a_badly_laid_out_file_that_then_validates_the_same_and_passes_the_check() throws IOException {
        Path file = Files.writeString(temp.resolve("messy.norm"), MESSY);
        Result before = CliProcess.run(temp, "validate", "messy.norm");
        assertEquals(List.of(MESSY_SUMMARY), before.stdoutLines(), before::toString);

        Result format = CliProcess.run(temp, "format", "messy.norm");

        assertEquals(NormativeCli.OK, format.exitCode(), format::toString);
        assertEquals(List.of("messy.norm: formatted"), format.stdoutLines(), format::toString);
        assertEquals(List.of("1 file: 1 reformatted"), format.stderrLines(), format::toString);
        String formatted = Files.readString(file, StandardCharsets.UTF_8);
        assertNotEquals(MESSY, formatted);
        List<String> lines = formatted.lines().toList();
        assertEquals("standard acme.messy version 1.0.0 {", lines.get(0));
        assertTrue(lines.contains("    title \"Messy Standard\" @zh \"混乱\""), formatted);
        assertTrue(lines.contains("    languages en, zh"), formatted);
        assertTrue(lines.contains("        tier 2 \"Two\" @zh \"二\""), formatted);
        assertTrue(lines.contains("    role R \"Role\" @zh \"角色\" {"), formatted);
        assertTrue(lines.contains("                criterion 1 \"Explains a.\""), formatted);
        assertEquals("}", lines.get(lines.size() - 1));
        assertTrue(formatted.endsWith("}\n"), formatted);

        Result after = CliProcess.run(temp, "validate", "messy.norm");
        assertEquals(NormativeCli.OK, after.exitCode(), after::toString);
        assertEquals(List.of(MESSY_SUMMARY), after.stdoutLines(), after::toString);

        Result check = CliProcess.run(temp, "format", "--check", "messy.norm");
        assertEquals(NormativeCli.OK, check.exitCode(), check::toString);
        assertEquals(List.of("1 file checked: all formatted"), check.stderrLines(), check::toString);

        Result again = CliProcess.run(temp, "format", "messy.norm");
        assertEquals(NormativeCli.OK, again.exitCode(), again::toString);
        assertEquals(List.of("1 file: 0 reformatted"), again.stderrLines(), again::toString);
        assertEquals(formatted, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void a_copy_of_the_seed_example_is_left_byte_identical_by_format() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("example"));
        try (var files = Files.list(CliProcess.repositoryRoot().resolve(ValidateCommandIT.EXAMPLE))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Map<Path, byte[]> before = contents(copy);

        Result result = CliProcess.run(temp, "format", "example");

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        assertEquals(List.of("3 files: 0 reformatted"), result.stderrLines(), result::toString);
        assertSameContents(before, contents(copy));
    }

    @Test
    void a_file_with_a_syntax_error_is_left_byte_identical_and_the_exit_code_is_1() throws IOException {
        byte[] text = """
                standard acme.syntax version 1.0.0 {   title "Syntax"
                  role {
                }
                """.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(temp.resolve("syntax.norm"), text);

        Result format = CliProcess.run(temp, "format", "syntax.norm");

        assertEquals(NormativeCli.FINDINGS, format.exitCode(), format::toString);
        assertArrayEquals(text, Files.readAllBytes(file));
        assertTrue(format.stdout().isBlank(), format::toString);
        assertEquals(List.of("syntax.norm: not formatted: it has syntax errors (see normative validate)",
                "1 file: 0 reformatted, 1 with syntax errors left alone"), format.stderrLines(), format::toString);
        format.assertNoStackTrace();

        Result check = CliProcess.run(temp, "format", "--check", "syntax.norm");

        assertEquals(NormativeCli.FINDINGS, check.exitCode(), check::toString);
        assertArrayEquals(text, Files.readAllBytes(file));
        assertEquals("1 file checked: 0 not formatted, 1 with syntax errors", check.stderrLines().get(1), check::toString);
    }

    @Test
    void in_a_folder_only_the_badly_laid_out_files_are_rewritten_and_broken_ones_are_left_alone() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Path messy = Files.writeString(folder.resolve("a-messy.norm"), MESSY);
        Files.writeString(folder.resolve("b-broken.norm"), "part of acme.messy\nrole {\n");
        byte[] broken = Files.readAllBytes(folder.resolve("b-broken.norm"));

        Result result = CliProcess.run(temp, "format", "mixed");

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        assertEquals(List.of(Path.of("mixed", "a-messy.norm") + ": formatted"), result.stdoutLines(), result::toString);
        assertEquals("2 files: 1 reformatted, 1 with syntax errors left alone",
                result.stderrLines().get(result.stderrLines().size() - 1), result::toString);
        assertNotEquals(MESSY, Files.readString(messy));
        assertArrayEquals(broken, Files.readAllBytes(folder.resolve("b-broken.norm")));
    }

    private static Map<Path, byte[]> contents(Path folder) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        try (var files = Files.list(folder)) {
            // the .norm files and the like: not the example's target/ folder, which its Maven module writes
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                contents.put(file.getFileName(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static void assertSameContents(Map<Path, byte[]> expected, Map<Path, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), () -> file + " changed"));
    }
}
