package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code normative publish --changes-since} as a separate process: the editions of a standard
 * tagged v1.0.0 in a temporary Git repository and then edited carry a "Changes since 1.0.0" annex.
 */
class ChangesAnnexIT {

    @TempDir
    Path repository;

    @BeforeEach
    void createRepository() throws Exception {
        TestRepositories.initTagged(repository, TestRepositories.SMALL_STANDARD, "v1.0.0").close();
        Path pm = repository.resolve("pm.norm");
        String text = Files.readString(pm);
        String reworded = text.replace("Writes a decision memo for a real product trade-off.",
                "Writes a decision memo for a real product trade-off, with the options weighed.");
        assertFalse(text.equals(reworded), "the test's edit must change the file");
        Files.writeString(pm, reworded);
    }

    private JsonNode edition(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            Path json = files.filter(f -> f.getFileName().toString().startsWith("acme.demo-")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(json.toFile());
        }
    }

    @Test
    void theEditionsCarryTheChangesSinceATag() throws Exception {
        Result result = CliProcess.run(repository, "publish", ".", "--format", "json", "--changes-since", "v1.0.0",
                "--out", "editions");
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode changes = edition(repository.resolve("editions")).get("changes");
        assertEquals("1.0.0", changes.get("since").asText(), changes::toString);
        assertEquals("patch", changes.get("semver").asText(), changes::toString);
        assertEquals(1, changes.get("changes").size(), changes::toString);
        JsonNode change = changes.get("changes").get(0);
        assertEquals("criterion-reworded", change.get("kind").asText());
        assertEquals("Tier 2 criterion reworded", change.get("headline").asText());
        assertEquals("PM.foundations.acumen", change.get("target").get("id").asText());
        assertTrue(change.get("after").asText().endsWith("with the options weighed."), change::toString);
    }

    @Test
    void anEarlierVersionCanBeAFolder() throws Exception {
        Result result = CliProcess.run(repository, "publish", ".", "--format", "json", "--changes-since",
                TestRepositories.SMALL_STANDARD.toString(), "--out", "editions");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, edition(repository.resolve("editions")).get("changes").get("changes").size());
    }

    @Test
    void withoutTheOptionThereIsNoAnnex() throws Exception {
        Result result = CliProcess.run(repository, "publish", ".", "--format", "json", "--out", "editions");
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(edition(repository.resolve("editions")).has("changes"));
    }

    @Test
    void anUnknownRevisionIsAOneLineErrorAndNothingIsWritten() {
        Result result = CliProcess.run(repository, "publish", ".", "--changes-since", "v9.9.9", "--out", "editions");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.stderrLines().size(), result::toString);
        assertTrue(result.stderr().contains("v9.9.9"), result::toString);
        result.assertNoStackTrace();
        assertFalse(Files.exists(repository.resolve("editions").resolve("acme.demo-1.0.0.json")), result::toString);
    }
}
