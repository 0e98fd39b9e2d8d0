package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code normative validate --format json}, run as a separate process. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValidateJsonIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void findings_are_a_json_array_on_stdout_with_the_summary_on_stderr() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));
        String file = Path.of("broken", BrokenStandard.FILE_NAME).toString();

        Result result = CliProcess.run(temp, "validate", "--format", "json", "broken");

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        JsonNode findings = JSON.readTree(result.stdout());
        assertTrue(findings.isArray(), result::toString);
        assertEquals(BrokenStandard.FINDINGS.size(), findings.size(), result::toString);
        for (int i = 0; i < findings.size(); i++) {
            JsonNode finding = findings.get(i);
            BrokenStandard.Expected expected = BrokenStandard.FINDINGS.get(i);
            List<String> keys = new ArrayList<>();
            finding.fieldNames().forEachRemaining(keys::add);
            assertEquals(Set.of("file", "line", "column", "severity", "rule", "message"), new TreeSet<>(keys),
                    () -> "keys of " + finding);
            assertEquals(6, keys.size());
            assertEquals(file, finding.get("file").textValue(), finding::toString);
            assertTrue(finding.get("line").isInt() && finding.get("column").isInt(), finding::toString);
            assertEquals(expected.line(), finding.get("line").intValue(), finding::toString);
            assertEquals(expected.column(), finding.get("column").intValue(), finding::toString);
            assertEquals(expected.severity(), finding.get("severity").textValue(), finding::toString);
            assertEquals(expected.rule(), finding.get("rule").textValue(), finding::toString);
            assertTrue(finding.get("message").textValue().contains(expected.messagePart()), finding::toString);
        }
        assertEquals(List.of(BrokenStandard.SUMMARY), result.stderrLines(), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void a_clean_standard_gives_an_empty_json_array_and_exit_code_0() throws IOException {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "validate", "--format", "json", ValidateCommandIT.EXAMPLE);

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        JsonNode findings = JSON.readTree(result.stdout());
        assertTrue(findings.isArray() && findings.isEmpty(), result::toString);
        assertEquals(List.of(ValidateCommandIT.EXAMPLE_SUMMARY), result.stderrLines(), result::toString);
    }

    @Test
    void the_format_name_is_case_insensitive_and_has_a_short_option() throws IOException {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "validate", "-f", "JSON", ValidateCommandIT.EXAMPLE);

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        assertTrue(JSON.readTree(result.stdout()).isArray(), result::toString);
    }
}
