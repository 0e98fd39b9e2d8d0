package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** {@code normative publish}, run as a separate process. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublishCommandIT {

    static final String EDITION = "apd.ai-competency-1.0.0.json";
    static final String WORD = "apd.ai-competency-1.0.0.docx";
    static final String SCHEMA = "normative-edition.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(CliProcess.repositoryRoot().resolve("docs/schema/" + SCHEMA))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    @Test
    void the_example_is_published_in_every_format_with_the_same_bytes_on_every_run() throws IOException {
        Path out = temp.resolve("editions");
        String example = CliProcess.repositoryRoot().resolve(ValidateCommandIT.EXAMPLE).toString();

        Result first = CliProcess.run(temp, "publish", example, "--out", "editions");

        assertEquals(NormativeCli.OK, first.exitCode(), first::toString);
        assertEquals(List.of("editions/" + WORD, "editions/" + EDITION, "editions/" + SCHEMA), first.stdoutLines(), first::toString);
        assertTrue(first.stderr().isBlank(), first::toString);
        assertEquals(List.of(WORD, EDITION, SCHEMA), list(out));
        byte[] word = Files.readAllBytes(out.resolve(WORD));
        byte[] bytes = Files.readAllBytes(out.resolve(EDITION));
        JsonNode edition = JSON.readTree(bytes);
        assertValid(edition);
        assertEquals("1.1.1 Core Product Capabilities", edition.at("/roles/0/dimensions/0/points/0/label").textValue());
        assertEquals(69, edition.at("/statistics/points").intValue());
        assertEquals(207, edition.at("/statistics/criteria").intValue());
        assertArrayEquals(Files.readAllBytes(CliProcess.repositoryRoot().resolve("docs/schema/" + SCHEMA)),
                Files.readAllBytes(out.resolve(SCHEMA)));

        Result second = CliProcess.run(temp, "publish", example, "--out", "editions");

        assertEquals(NormativeCli.OK, second.exitCode(), second::toString);
        assertArrayEquals(bytes, Files.readAllBytes(out.resolve(EDITION)));
        assertArrayEquals(word, Files.readAllBytes(out.resolve(WORD)));
        assertEquals(List.of(WORD, EDITION, SCHEMA), list(out));
        first.assertNoStackTrace();
    }

    @Test
    void format_docx_writes_only_the_word_edition_with_the_points_as_headings() throws IOException {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "publish", ValidateCommandIT.EXAMPLE, "--format", "docx",
                "--lang", "zh", "--out", temp.toString());

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        assertTrue(result.stderr().isBlank(), result::toString);
        String file = "apd.ai-competency-1.0.0-zh.docx";
        assertEquals(List.of(file), list(temp));
        assertEquals(List.of(temp.resolve(file).toString()), result.stdoutLines(), result::toString);
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(temp.resolve(file)))) {
            List<String> headings = document.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(69, headings.size());
            assertEquals("1.1.1 Core Product Capabilities", headings.get(0));
            assertEquals("AI专业能力模型", document.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void the_chinese_edition_has_chinese_titles_and_english_where_there_is_no_translation() throws IOException {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "publish", ValidateCommandIT.EXAMPLE, "--lang", "zh",
                "--out", temp.toString());

        assertEquals(NormativeCli.OK, result.exitCode(), result::toString);
        Path file = temp.resolve("apd.ai-competency-1.0.0-zh.json");
        JsonNode edition = JSON.readTree(file.toFile());
        assertValid(edition);
        assertEquals("zh", edition.get("language").textValue());
        assertEquals("AI专业能力模型", edition.at("/metadata/title/zh").textValue());
        assertEquals("AI产品经理", edition.at("/roles/0/title/zh").textValue());
        assertEquals("1 AI产品经理", edition.at("/roles/0/label").textValue());
        assertEquals("Core Product Capabilities", edition.at("/roles/0/dimensions/0/points/0/title/en").textValue());
        assertTrue(edition.at("/roles/0/dimensions/0/points/0/title/zh").isMissingNode());
        assertFalse(Files.exists(temp.resolve(EDITION)), "the --lang edition only");
    }

    @Test
    void a_standard_with_errors_is_refused_with_its_findings_and_nothing_is_written() throws IOException {
        BrokenStandard.writeTo(temp.resolve("broken"));

        Result result = CliProcess.run(temp, "publish", "broken", "--out", "editions");

        assertEquals(NormativeCli.FINDINGS, result.exitCode(), result::toString);
        List<String> lines = result.stdoutLines();
        assertEquals(BrokenStandard.FINDINGS.size() + 1, lines.size(), result::toString);
        for (int i = 0; i < BrokenStandard.FINDINGS.size(); i++) {
            assertTrue(lines.get(i).startsWith(BrokenStandard.FINDINGS.get(i).textPrefix("broken/" + BrokenStandard.FILE_NAME)),
                    lines.get(i));
        }
        assertEquals(BrokenStandard.SUMMARY, lines.get(lines.size() - 1));
        assertEquals(List.of("normative: not published: fix the errors first"), result.stderrLines(), result::toString);
        assertFalse(Files.exists(temp.resolve("editions")), result::toString);
        result.assertNoStackTrace();
    }

    @Test
    void an_unknown_format_or_language_or_an_output_that_is_a_file_is_a_one_line_usage_error() throws IOException {
        Path root = CliProcess.repositoryRoot();
        Path file = Files.writeString(temp.resolve("a-file"), "x");

        Result format = CliProcess.run(root, "publish", ValidateCommandIT.EXAMPLE, "--format", "json,xml", "--out", temp.resolve("o").toString());
        Result language = CliProcess.run(root, "publish", ValidateCommandIT.EXAMPLE, "--lang", "fr", "--out", temp.resolve("o").toString());
        Result output = CliProcess.run(root, "publish", ValidateCommandIT.EXAMPLE, "--out", file.toString());

        assertEquals(NormativeCli.USAGE_OR_IO, format.exitCode(), format::toString);
        assertEquals(List.of("normative: unknown format 'xml' (formats: docx, json)"), format.stderrLines(), format::toString);
        assertEquals(NormativeCli.USAGE_OR_IO, language.exitCode(), language::toString);
        assertEquals(List.of("normative: 'fr' is not a language of apd.ai-competency (languages: en, zh)"), language.stderrLines(),
                language::toString);
        assertEquals(NormativeCli.USAGE_OR_IO, output.exitCode(), output::toString);
        assertEquals(List.of("normative: " + file + ": not a folder"), output.stderrLines(), output::toString);
        for (Result result : List.of(format, language, output)) {
            assertTrue(result.stdout().isBlank(), result::toString);
            result.assertNoStackTrace();
        }
        assertFalse(Files.exists(temp.resolve("o")));
    }

    @Test
    void two_standards_that_would_write_the_same_file_are_refused() throws IOException {
        Path folder = temp.resolve("twice");
        Files.createDirectories(folder);
        Files.copy(CliProcess.repositoryRoot().resolve(ValidateCommandIT.SAMPLE), folder.resolve("a.norm"));
        Files.copy(CliProcess.repositoryRoot().resolve(ValidateCommandIT.SAMPLE), folder.resolve("b.norm"));

        Result result = CliProcess.run(temp, "publish", "twice", "--out", "editions");

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        assertEquals(List.of("normative: two standards are apd.ai-competency version 1.1.0: publish them one at a time, into different folders"),
                result.stderrLines(), result::toString);
        assertFalse(Files.exists(temp.resolve("editions")), result::toString);
    }

    @Test
    void publishing_without_out_is_a_usage_error() {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "publish", ValidateCommandIT.EXAMPLE);

        assertEquals(NormativeCli.USAGE_OR_IO, result.exitCode(), result::toString);
        assertTrue(result.stderr().contains("Missing required option: '--out=DIR'"), result::toString);
    }

    private static void assertValid(JsonNode edition) {
        Set<ValidationMessage> messages = schema.validate(edition);
        assertTrue(messages.isEmpty(), () -> "not a valid edition: " + messages);
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
