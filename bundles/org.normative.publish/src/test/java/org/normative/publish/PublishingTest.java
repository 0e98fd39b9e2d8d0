package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.Progress;
import org.normative.model.Standard;
import org.normative.publish.json.JsonPublisher;
import org.normative.publish.view.EditionView;

/** Publishing into a folder: file names, formats by name, atomic writes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublishingTest {

    private static Standard example;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        example = TestStandards.load(TestStandards.example());
    }

    @Test
    void every_format_is_published_by_default_under_the_standards_id_and_version() throws ProjectException {
        Path out = temp.resolve("out/editions");

        List<Path> written = new Publishing().publish(example, new PublishRequest(List.of(), null, out), Progress.NONE);

        assertEquals(List.of(out.resolve("apd.ai-competency-1.0.0.docx"), out.resolve("apd.ai-competency-1.0.0.json"),
                out.resolve(JsonPublisher.SCHEMA_FILE)), written);
        assertEquals(List.of("apd.ai-competency-1.0.0.docx", "apd.ai-competency-1.0.0.json", JsonPublisher.SCHEMA_FILE), list(out));
    }

    @Test
    void the_file_name_has_the_language_only_when_it_is_not_the_default_language() throws ProjectException {
        Publishing publishing = new Publishing();
        assertEquals(out("apd.ai-competency-1.0.0-zh.json"),
                publishing.publish(example, new PublishRequest(List.of("json"), "zh", temp), Progress.NONE).get(0));
        assertEquals(out("apd.ai-competency-1.0.0.json"),
                publishing.publish(example, new PublishRequest(List.of("json"), "en", temp), Progress.NONE).get(0));
    }

    @Test
    void an_unknown_format_or_language_is_refused_before_anything_is_written() {
        Path out = temp.resolve("out");
        ProjectException format = assertThrows(ProjectException.class,
                () -> new Publishing().publish(example, new PublishRequest(List.of("json", "xml"), null, out), Progress.NONE));
        assertEquals("unknown format 'xml' (formats: docx, json)", format.getMessage());
        ProjectException language = assertThrows(ProjectException.class,
                () -> new Publishing().publish(example, new PublishRequest(List.of(), "fr", out), Progress.NONE));
        assertEquals("'fr' is not a language of apd.ai-competency (languages: en, zh)", language.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void an_output_folder_that_is_a_file_is_refused() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");
        ProjectException e = assertThrows(ProjectException.class,
                () -> new Publishing().publish(example, new PublishRequest(List.of(), null, file), Progress.NONE));
        assertEquals(file + ": not a folder", e.getMessage());
        ProjectException below = assertThrows(ProjectException.class,
                () -> new Publishing().publish(example, new PublishRequest(List.of(), null, file.resolve("sub")), Progress.NONE));
        assertTrue(below.getMessage().startsWith(file.resolve("sub") + ": cannot create the folder"), below.getMessage());
    }

    @Test
    void a_publisher_that_fails_leaves_the_previous_edition_and_no_temporary_file() throws Exception {
        Path previous = Files.writeString(temp.resolve("apd.ai-competency-1.0.0.json"), "the previous edition\n");
        Publisher failing = new Failing(new RuntimeException("the publisher broke half-way"));

        RuntimeException e = assertThrows(RuntimeException.class, () -> new Publishing(new Publishers(List.of(failing)))
                .publish(example, new PublishRequest(List.of(), null, temp), Progress.NONE));

        assertEquals("the publisher broke half-way", e.getMessage());
        assertEquals("the previous edition\n", Files.readString(previous));
        assertEquals(List.of("apd.ai-competency-1.0.0.json"), list(temp));
    }

    @Test
    void an_io_error_while_writing_is_reported_in_one_line_and_keeps_the_previous_edition() throws Exception {
        Path previous = Files.writeString(temp.resolve("apd.ai-competency-1.0.0.json"), "the previous edition\n");
        Publisher failing = new Failing(new IOException("No space left on device"));

        ProjectException e = assertThrows(ProjectException.class, () -> new Publishing(new Publishers(List.of(failing)))
                .publish(example, new PublishRequest(List.of(), null, temp), Progress.NONE));

        assertEquals(previous + ": cannot write the file: No space left on device", e.getMessage());
        assertEquals("the previous edition\n", Files.readString(previous));
        assertEquals(List.of("apd.ai-competency-1.0.0.json"), list(temp));
    }

    @Test
    void a_new_edition_replaces_the_previous_one() throws Exception {
        Path previous = Files.writeString(temp.resolve("apd.ai-competency-1.0.0.json"), "the previous edition\n");

        new Publishing().publish(example, new PublishRequest(List.of("json"), null, temp), Progress.NONE);

        assertArrayEquals(TestStandards.json(TestStandards.view(TestStandards.example(), null)), Files.readAllBytes(previous));
    }

    private Path out(String name) {
        return temp.resolve(name);
    }

    /** The names of the files in {@code folder}, hidden ones included, sorted. */
    private static List<String> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes half an edition, then fails. */
    private record Failing(Exception failure) implements Publisher {

        @Override
        public String name() {
            return "json";
        }

        @Override
        public String fileExtension() {
            return "json";
        }

        @Override
        public void publish(EditionView edition, OutputStream out) throws IOException {
            out.write("{\n  \"format\": \"normative-ed".getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure;
        }
    }
}
