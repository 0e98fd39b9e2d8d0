package org.normative.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.publish.json.JsonPublisher;
import org.normative.publish.view.EditionView;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;

/** The canonical JSON edition: its content, its schema and its bytes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonEditionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void the_example_edition_is_valid_and_holds_69_points_and_207_criteria() throws IOException {
        JsonNode edition = JSON.readTree(TestStandards.json(TestStandards.view(TestStandards.example(), null)));

        TestStandards.assertValid(edition);
        assertEquals("apd.ai-competency", edition.get("id").textValue());
        assertEquals("1.0.0", edition.get("version").textValue());
        int points = 0;
        int criteria = 0;
        for (JsonNode role : edition.get("roles")) {
            for (JsonNode dimension : role.get("dimensions")) {
                for (JsonNode point : dimension.get("points")) {
                    points++;
                    criteria += point.get("criteria").size();
                }
            }
        }
        assertEquals(69, points);
        assertEquals(207, criteria);
        assertEquals(69, edition.at("/statistics/points").intValue());
        assertEquals(207, edition.at("/statistics/criteria").intValue());

        JsonNode corePoint = edition.at("/roles/0/dimensions/0/points/0");
        assertEquals("1.1.1", corePoint.get("number").textValue());
        assertEquals("AIPM.foundations.core-product", corePoint.get("id").textValue());
        assertEquals("apd.ai-competency.AIPM.foundations.core-product", corePoint.get("fullId").textValue());
        assertEquals("1.1.1 Core Product Capabilities", corePoint.get("label").textValue());
        assertEquals(1, corePoint.at("/criteria/0/tier").intValue());
        assertEquals("2", edition.at("/roles/1/number").textValue());
        assertEquals("AIE", edition.at("/roles/1/id").textValue());
        // every text with its languages, the default language first
        assertEquals(List.of("en", "zh"), fieldNames(edition.at("/metadata/title")));
        assertEquals("AI专业能力模型", edition.at("/metadata/title/zh").textValue());
        assertEquals(List.of("en"), fieldNames(corePoint.get("title")));
        assertEquals("requires", edition.at("/roles/0/dimensions/0/points/3/relations/0/kind").textValue());
        assertEquals("AIPM.foundations.core-product", edition.at("/roles/0/dimensions/0/points/3/relations/0/target/id").textValue());
        assertEquals("Expert", edition.at("/tiers/2/name/en").textValue());
        assertEquals("RAG", edition.at("/glossary/0/id").textValue());
        assertEquals("2026-11-01", edition.at("/releases/0/date").textValue());
    }

    @Test
    void the_keys_come_in_a_fixed_order() throws IOException {
        JsonNode edition = JSON.readTree(TestStandards.json(TestStandards.view(TestStandards.example(), null)));
        assertEquals(List.of("format", "formatVersion", "id", "version", "language", "defaultLanguage", "languages", "metadata",
                "statistics", "sections", "principles", "tiers", "roles", "profiles", "glossary", "releases"), fieldNames(edition));
        assertEquals(List.of("number", "id", "fullId", "label", "title", "status", "scope", "criteria", "relations"),
                fieldNames(edition.at("/roles/0/dimensions/0/points/0")));
    }

    @Test
    void the_sample_edition_with_profiles_relations_and_a_deprecated_point_is_valid() throws IOException {
        JsonNode edition = JSON.readTree(TestStandards.json(TestStandards.view(TestStandards.sample(), null)));

        TestStandards.assertValid(edition);
        JsonNode legacy = edition.at("/roles/1/dimensions/0/points/1");
        assertEquals("deprecated", legacy.get("status").textValue());
        assertEquals("AIE.value-thinking.value-delivery", legacy.at("/replacedBy/id").textValue());
        assertEquals("2.1.1", legacy.at("/replacedBy/number").textValue());
        assertEquals("senior-aipm", edition.at("/profiles/0/id").textValue());
        assertEquals("AIPM.foundations", edition.at("/profiles/0/targets/0/target/id").textValue());
        assertEquals(3, edition.at("/profiles/0/targets/0/tier").intValue());
        assertEquals("related", edition.at("/roles/0/dimensions/0/points/1/relations/1/kind").textValue());
        assertEquals("2.1.1 Value Stream Delivery Thinking",
                edition.at("/roles/0/dimensions/0/points/1/relations/1/target/label").textValue());
    }

    @Test
    void the_chinese_edition_is_valid_and_falls_back_to_english_for_untranslated_texts() throws IOException {
        JsonNode edition = JSON.readTree(TestStandards.json(TestStandards.view(TestStandards.example(), "zh")));

        TestStandards.assertValid(edition);
        assertEquals("zh", edition.get("language").textValue());
        assertEquals("en", edition.get("defaultLanguage").textValue());
        assertEquals(List.of("zh"), fieldNames(edition.at("/metadata/title")));
        assertEquals("AI产品经理", edition.at("/roles/0/title/zh").textValue());
        assertEquals("1 AI产品经理", edition.at("/roles/0/label").textValue());
        JsonNode corePoint = edition.at("/roles/0/dimensions/0/points/0");
        assertEquals(List.of("en"), fieldNames(corePoint.get("title")));
        assertEquals("Core Product Capabilities", corePoint.at("/title/en").textValue());
    }

    @Test
    void the_schema_check_rejects_an_edition_that_breaks_the_schema() throws IOException {
        JsonNode edition = JSON.readTree(TestStandards.json(TestStandards.view(TestStandards.sample(), null)));
        TestStandards.assertValid(edition);

        ObjectNode broken = edition.deepCopy();
        ((ObjectNode) broken.at("/roles/0/dimensions/0/points/0")).put("number", "1.1.x");
        ((ObjectNode) broken.at("/roles/0/dimensions/0/points/0/criteria/0")).remove("statement");
        ((ObjectNode) broken.at("/metadata")).put("issued", "2026-13-01");
        broken.put("version", "1.1");
        ((ObjectNode) broken.at("/roles/0")).put("colour", "red");

        Set<ValidationMessage> messages = TestStandards.schema().validate(broken);
        assertEquals(5, messages.size(), messages::toString);
    }

    @Test
    void two_runs_give_the_same_bytes_in_utf8_with_newline_line_ends_and_a_final_newline() {
        byte[] first = TestStandards.json(TestStandards.view(TestStandards.example(), null));
        byte[] second = TestStandards.json(TestStandards.view(TestStandards.example(), null));

        assertArrayEquals(first, second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"));
        assertTrue(text.startsWith("{\n  \"format\": \"normative-edition\",\n"), text.substring(0, 60));
        // Chinese as UTF-8, not \\u escapes
        assertTrue(text.contains("\"zh\": \"AI专业能力模型\""));
        assertFalse(text.contains("\\u"));
    }

    @Test
    void hostile_text_is_written_literally() throws Exception {
        HostileStandard.writeTo(temp.resolve("hostile"));
        EditionView view = TestStandards.view(temp.resolve("hostile"), null);
        byte[] bytes = TestStandards.json(view);
        JsonNode edition = JSON.readTree(bytes);

        TestStandards.assertValid(edition);
        assertEquals(HostileStandard.TITLE, edition.at("/metadata/title/en").textValue());
        assertEquals("<b>标题</b> &lt;", edition.at("/metadata/title/zh").textValue());
        assertEquals("ACME & Sons <publisher@example.invalid>", edition.at("/metadata/publisher/en").textValue());
        assertEquals("Engineer <script src='file:///x.js'></script>", edition.at("/roles/0/title/en").textValue());
        assertEquals("1.1.1 Compiling \\ backslash", edition.at("/roles/0/dimensions/0/points/0/label").textValue());
        assertEquals("https://example.invalid/?a=1&b=<2>", edition.at("/roles/0/dimensions/0/points/0/scope/en").textValue());
        assertEquals("Expert ]]> <!-- -->", edition.at("/tiers/2/name/en").textValue());
        // in the file itself: not entity-encoded, not \\u-escaped
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("<script>alert(\\\"x\\\")</script> &amp; \\\"quotes\\\""), text);
        assertTrue(text.contains("file:///etc/passwd"));
    }

    @Test
    void the_bundled_schema_is_the_one_in_docs() throws IOException {
        assertArrayEquals(Files.readAllBytes(TestStandards.schemaFile()), JsonPublisher.schema());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
