package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.model.Standard;
import org.normative.publish.json.JsonPublisher;
import org.normative.publish.view.EditionBuilder;
import org.normative.publish.view.EditionView;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The repository's standards, loaded and checked as {@code normative publish} does, and the edition's schema. */
public final class TestStandards {

    private static JsonSchema schema;

    private TestStandards() {
    }

    public static Path root() {
        String root = System.getProperty("normative.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    public static Path example() {
        return root().resolve("examples/ai-competency-model");
    }

    public static Path sample() {
        return root().resolve("bundles/org.normative.dsl/src/test/resources/sample.norm");
    }

    public static Path schemaFile() {
        return root().resolve("docs/schema/normative-edition.schema.json");
    }

    /** The one standard under {@code path}, loaded and free of errors. */
    public static Standard load(Path path) {
        try {
            StandardProject project = StandardProject.load(List.of(path), Progress.NONE);
            ValidationReport report = project.validate(Progress.NONE);
            assertFalse(report.hasErrors(), () -> path + " has errors: " + report.findings());
            List<Standard> standards = project.standards();
            assertEquals(1, standards.size(), path::toString);
            return standards.get(0);
        } catch (ProjectException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EditionView view(Path path, String language) {
        try {
            return EditionBuilder.build(load(path), language);
        } catch (ProjectException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One side ({@code before} or {@code after}) of one of the diff engine's curated version pairs. */
    public static Path pair(String name, String side) {
        return root().resolve("bundles/org.normative.diff/src/test/resources/pairs").resolve(name).resolve(side);
    }

    /**
     * A version pair written into {@code folder} ({@code before}, {@code after}): the diff's
     * {@code identical} standard, and the same with the role PM's description, the dimension
     * PM.foundations' definition and the point PM.foundations.acumen's scope dropped.
     */
    public static Path droppedTexts(Path folder) {
        return editedPair(folder, text -> text, text -> {
            String edited = text.replace("    description \"Turns AI capabilities into products that deliver value.\"\n", "")
                    .replace("        definition \"The professional foundation of a product manager.\"\n", "")
                    .replace("            scope \"Structured reasoning, prioritization and business insight.\"\n", "");
            assertEquals(text.length() - 74 - 71 - 79, edited.length(), "the three texts are dropped");
            return edited;
        });
    }

    /**
     * A version pair written into {@code folder}: the point PM.foundations.acumen's tier-1 criterion
     * {@code rank} moved to tier 2, and a new tier-1 criterion in its place.
     */
    public static Path retieredCriterion(Path folder) {
        String was = "            criterion 1 \"Ranks a short backlog with a named prioritization method.\"\n";
        return editedPair(folder, text -> {
            assertTrue(text.contains(was));
            return text.replace(was, "            criterion 1 rank \"Ranks a short backlog with a named prioritization method.\"\n");
        }, text -> text.replace(was, "            criterion 1 \"Names three prioritization methods.\"\n"
                + "            criterion 2 rank \"Ranks a short backlog with a named prioritization method.\"\n"));
    }

    /** The diff's {@code identical} standard as {@code before} and {@code after} in {@code folder}, its {@code pm.norm} edited. */
    private static Path editedPair(Path folder, java.util.function.UnaryOperator<String> before,
            java.util.function.UnaryOperator<String> after) {
        try {
            Path source = pair("identical", "before");
            for (String side : List.of("before", "after")) {
                java.nio.file.Files.createDirectories(folder.resolve(side));
                try (var files = java.nio.file.Files.list(source)) {
                    for (Path file : files.toList()) {
                        String text = java.nio.file.Files.readString(file);
                        if (file.getFileName().toString().equals("pm.norm")) {
                            text = (side.equals("before") ? before : after).apply(text);
                        }
                        java.nio.file.Files.writeString(folder.resolve(side).resolve(file.getFileName()), text);
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view of the {@code after} side of a curated pair with the redline from its {@code before} side. */
    public static EditionView redline(String pair, String language) {
        return view(pair(pair, "after"), language).withRedlineFrom(view(pair(pair, "before"), language));
    }

    /** The JSON edition's bytes. */
    public static byte[] json(EditionView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JsonPublisher().publish(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code docs/schema/normative-edition.schema.json}, draft 2020-12, with format assertions. */
    public static synchronized JsonSchema schema() {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(schemaFile())) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    public static void assertValid(com.fasterxml.jackson.databind.JsonNode json) {
        Set<ValidationMessage> messages = schema().validate(json);
        assertTrue(messages.isEmpty(), () -> "not a valid edition: " + messages);
    }
}
