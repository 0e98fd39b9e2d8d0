package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;
import org.normative.dsl.validation.Rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * {@code normative validate --format sarif}, run as a separate process; the log is checked against
 * the OASIS SARIF 2.1.0 schema (draft-04), with format assertions on.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValidateSarifIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema sarifSchema;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ValidateSarifIT.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    @Test
    void the_log_of_a_standard_with_errors_is_valid_sarif_with_one_result_per_finding() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));

        Result result = CliProcess.run(temp, "validate", "--format", "sarif", "broken");

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        JsonNode log = JSON.readTree(result.stdout());
        assertValidSarif(log);
        assertEquals("2.1.0", log.get("version").textValue());
        JsonNode run = log.get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(BrokenStandard.FINDINGS.size(), results.size(), result::toString);
        for (int i = 0; i < results.size(); i++) {
            JsonNode sarif = results.get(i);
            BrokenStandard.Expected expected = BrokenStandard.FINDINGS.get(i);
            assertEquals(expected.rule(), sarif.get("ruleId").textValue(), sarif::toString);
            assertEquals(Rule.byId(expected.rule()).orElseThrow().ordinal(), sarif.get("ruleIndex").intValue(), sarif::toString);
            assertEquals(expected.severity(), sarif.get("level").textValue(), sarif::toString);
            assertTrue(sarif.at("/message/text").textValue().contains(expected.messagePart()), sarif::toString);
            JsonNode location = sarif.at("/locations/0/physicalLocation");
            assertEquals("broken/" + BrokenStandard.FILE_NAME, location.at("/artifactLocation/uri").textValue(), sarif::toString);
            assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").textValue(), sarif::toString);
            assertEquals(expected.line(), location.at("/region/startLine").intValue(), sarif::toString);
            assertEquals(expected.column(), location.at("/region/startColumn").intValue(), sarif::toString);
        }
        // %SRCROOT% is the working directory, so that the artifact locations resolve to the file
        URI root = URI.create(run.at("/originalUriBaseIds/%SRCROOT%/uri").textValue());
        assertEquals(temp.toRealPath(), Path.of(root).toRealPath());
        assertEquals(List.of(BrokenStandard.SUMMARY), result.stderrLines(), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void the_tool_describes_every_rule_of_the_language_in_order() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));

        Result result = CliProcess.run(temp, "validate", "--format", "sarif", "broken");

        JsonNode driver = JSON.readTree(result.stdout()).at("/runs/0/tool/driver");
        assertEquals("normative", driver.get("name").textValue());
        assertEquals(VersionProvider.version(), driver.get("version").textValue());
        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(rule -> ids.add(rule.get("id").textValue()));
        assertEquals(Arrays.stream(Rule.values()).map(Rule::id).toList(), ids);
        for (Rule rule : Rule.values()) {
            JsonNode descriptor = driver.get("rules").get(rule.ordinal());
            assertEquals(rule.summary(), descriptor.at("/shortDescription/text").textValue());
            String level = descriptor.at("/defaultConfiguration/level").textValue();
            assertTrue(Set.of("error", "warning", "note").contains(level), descriptor::toString);
        }
    }

    @Test
    void the_log_of_a_clean_standard_is_valid_sarif_without_results() throws IOException {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "validate", "--format", "sarif", ValidateCommandIT.EXAMPLE);

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        JsonNode log = JSON.readTree(result.stdout());
        assertValidSarif(log);
        assertTrue(log.at("/runs/0/results").isArray() && log.at("/runs/0/results").isEmpty(), result::toString);
        assertEquals(List.of(ValidateCommandIT.EXAMPLE_SUMMARY), result.stderrLines(), result::toString);
    }

    @Test
    void artifact_locations_are_uri_references_that_resolve_to_the_file_even_with_spaces_and_non_ascii_names()
            throws IOException {
        Path folder = temp.resolve("my standards");
        Files.createDirectories(folder);
        // a non-ASCII name where the file system's encoding (of this JVM and of the CLI's) can hold it
        String name = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) ? "qualité 能力.norm" : "quality model.norm";
        Path file = Files.writeString(folder.resolve(name), BrokenStandard.TEXT);

        Result result = CliProcess.run(temp, "validate", "--format", "sarif", "my standards");

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        JsonNode log = JSON.readTree(result.stdout());
        assertValidSarif(log);
        URI root = URI.create(log.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").textValue());
        JsonNode results = log.at("/runs/0/results");
        assertEquals(BrokenStandard.FINDINGS.size(), results.size(), result::toString);
        for (JsonNode sarif : results) {
            String uri = sarif.at("/locations/0/physicalLocation/artifactLocation/uri").textValue();
            // a URI reference (RFC 3986): spaces and other characters percent-encoded
            URI reference = URI.create(uri);
            assertFalse(reference.isAbsolute(), uri);
            assertEquals(file.toRealPath(), Path.of(root.resolve(reference)).toRealPath(), uri);
        }
    }

    @Test
    void the_schema_check_rejects_a_log_that_breaks_the_sarif_schema() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));
        Result result = CliProcess.run(temp, "validate", "--format", "sarif", "broken");
        JsonNode log = JSON.readTree(result.stdout());
        assertValidSarif(log);

        // lines start at 1 in SARIF; a result needs a message
        ObjectNode broken = log.deepCopy();
        ((ObjectNode) broken.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        ((ObjectNode) broken.at("/runs/0/results/1")).remove("message");

        Set<ValidationMessage> messages = sarifSchema.validate(broken);
        assertEquals(2, messages.size(), messages::toString);
    }

    private static void assertValidSarif(JsonNode log) {
        Set<ValidationMessage> messages = sarifSchema.validate(log);
        assertTrue(messages.isEmpty(), () -> "not valid SARIF 2.1.0: " + messages);
    }
}
