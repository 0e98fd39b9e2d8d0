package org.normative.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.cli.CliProcess.Result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code normative diff OLD NEW} as a separate process, on the diff engine's curated version pairs. */
class DiffCommandIT {

    private static final Path PAIRS = CliProcess.repositoryRoot().resolve("bundles/org.normative.diff/src/test/resources/pairs");

    @Test
    void identicalVersionsExitZeroWithNoChanges() {
        Result result = CliProcess.run(PAIRS, "diff", "identical/before", "identical/after");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Changes from 1.0.0 to 1.0.0: no changes (semver advice: none)", result.stdoutLines().get(0));
        result.assertNoStackTrace();
    }

    @Test
    void theSeedExampleComparedWithItselfHasNoChanges() {
        Result result = CliProcess.run(CliProcess.repositoryRoot(), "diff", "examples/ai-competency-model", "examples/ai-competency-model");
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void aMovedAndRewordedPointIsOneMoveAndOneRewordingNeverRemovedPlusAdded() {
        Result result = CliProcess.run(PAIRS, "diff", "move-point-to-another-role-and-reword/before",
                "move-point-to-another-role-and-reword/after");
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(List.of(
                "Changes from 1.0.0 to 1.0.0: 2 changes (semver advice: major)",
                "  moved point PM.foundations.acumen to=ENG.practice.acumen",
                "  reworded point ENG.practice.acumen field=scope: Structured reasoning, prioritization and [-business-]{+technical+} insight."),
                result.stdoutLines());
    }

    @Test
    void jsonFollowsTheContractAndLeavesOutFieldsThatDoNotApply() throws Exception {
        Result result = CliProcess.run(PAIRS, "diff", "--format", "json", "reword-criterion-at-one-tier/before",
                "reword-criterion-at-one-tier/after");
        assertEquals(1, result.exitCode(), result::toString);
        JsonNode root = new ObjectMapper().readTree(result.stdout());
        assertEquals("1.0.0", root.get("from").asText());
        assertEquals("1.0.0", root.get("to").asText());
        assertEquals("patch", root.get("semver").asText());
        assertEquals(1, root.get("changes").size());
        JsonNode change = root.get("changes").get(0);
        assertEquals("criterion-reworded", change.get("kind").asText());
        assertEquals("PM.foundations.core-product", change.get("id").asText());
        assertEquals(2, change.get("tier").asInt());
        assertEquals("statement", change.get("field").asText());
        assertTrue(change.get("before").asText().contains("a flowchart"));
        assertTrue(change.get("after").asText().contains("user flows"));
        Set<String> keys = new java.util.TreeSet<>();
        change.fieldNames().forEachRemaining(keys::add);
        assertEquals(Set.of("kind", "element", "id", "tier", "field", "before", "after", "words"), keys,
                "'to' and 'language' do not apply and are left out");
    }

    @Test
    void markdownIsAChangelogGroupedBySemverClass() {
        Result result = CliProcess.run(PAIRS, "diff", "-f", "markdown", "move-point-between-dimensions/before",
                "move-point-between-dimensions/after");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("## Changes from 1.0.0 to 1.0.0"), result::toString);
        assertTrue(result.stdout().contains("### Breaking changes"), result::toString);
        assertTrue(result.stdout().contains("- Moved point `PM.foundations.acumen` to `PM.delivery.acumen`"), result::toString);
    }

    @Test
    void aVersionWithASyntaxErrorOrAMissingPathIsAUsageErrorOfOneLine(@TempDir Path temp) throws Exception {
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("standard.norm"), "standard x version 1.0.0 {\n    title\n}\n");
        Result syntax = CliProcess.run(PAIRS, "diff", "identical/before", broken.toString());
        assertEquals(2, syntax.exitCode(), syntax::toString);
        assertEquals(1, syntax.stderrLines().size(), syntax::toString);
        assertTrue(syntax.stderr().startsWith("normative: ") && syntax.stderr().contains("syntax error"), syntax::toString);
        syntax.assertNoStackTrace();

        Result missing = CliProcess.run(PAIRS, "diff", "identical/before", "no-such-folder");
        assertEquals(2, missing.exitCode(), missing::toString);
        missing.assertNoStackTrace();
    }
}
