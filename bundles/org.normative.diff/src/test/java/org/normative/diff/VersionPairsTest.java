package org.normative.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.normative.diff.text.Segment;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Standard;

/** The curated version pairs under src/test/resources/pairs: one per kind of change, parsed for real. */
class VersionPairsTest {

    private static final Map<Path, Standard> LOADED = new ConcurrentHashMap<>();

    /** Loads a folder, making sure the test data itself has no syntax or linking errors. */
    static Standard load(Path folder) {
        return LOADED.computeIfAbsent(folder, f -> {
            try {
                StandardProject project = StandardProject.load(List.of(f), Progress.NONE);
                List<Finding> broken = project.validate(Progress.NONE).findings().stream()
                        .filter(x -> x.rule().equals("syntax") || x.rule().equals("unresolved-reference")).toList();
                assertEquals(List.of(), broken, "test data in " + f);
                assertEquals(1, project.standards().size(), f.toString());
                return project.standards().get(0);
            } catch (ProjectException e) {
                throw new AssertionError(e);
            }
        });
    }

    static ChangeReport pair(String name) {
        ChangeReport report = StandardDiff.compare(load(TestFiles.pair(name).resolve("before")),
                load(TestFiles.pair(name).resolve("after")));
        assertNoRemovedAndAddedTwin(report);
        return report;
    }

    static List<String> summaries(ChangeReport report) {
        return report.changes().stream().map(Change::summary).toList();
    }

    /** A moved or reordered element is never reported as removed plus added. */
    static void assertNoRemovedAndAddedTwin(ChangeReport report) {
        for (Change removed : report.changes()) {
            if (removed.kind() != ChangeKind.REMOVED || !removed.element().isTree()) {
                continue;
            }
            String ownId = removed.id().substring(removed.id().lastIndexOf('.') + 1);
            for (Change added : report.changes()) {
                if (added.kind() == ChangeKind.ADDED && added.element() == removed.element()
                        && added.id().substring(added.id().lastIndexOf('.') + 1).equals(ownId)) {
                    fail("reported as removed and added: " + removed + " / " + added);
                }
            }
        }
    }

    private static Change only(ChangeReport report) {
        assertEquals(1, report.changes().size(), report.changes().toString());
        return report.changes().get(0);
    }

    @Test
    void identicalVersionsHaveNoChangesAndNoAdvice() {
        ChangeReport report = pair("identical");
        assertEquals(List.of(), report.changes());
        assertEquals(Semver.NONE, report.semver());
        assertTrue(report.isEmpty());
        assertEquals("1.0.0", report.from());
        assertEquals("1.0.0", report.to());
    }

    @Test
    void pointMovedBetweenDimensionsIsOneMoveAndMajor() {
        ChangeReport report = pair("move-point-between-dimensions");
        assertEquals(List.of("moved point PM.foundations.acumen to=PM.delivery.acumen"), summaries(report));
        assertEquals(Semver.MAJOR, report.semver());
    }

    @Test
    void pointMovedToAnotherRoleInAnotherFileIsAMovePlusItsRewording() {
        ChangeReport report = pair("move-point-to-another-role-and-reword");
        assertEquals(List.of("moved point PM.foundations.acumen to=ENG.practice.acumen",
                "reworded point ENG.practice.acumen field=scope"), summaries(report));
        Change reworded = report.changes().get(1);
        assertEquals("Structured reasoning, prioritization and business insight.", reworded.before());
        assertEquals("Structured reasoning, prioritization and technical insight.", reworded.after());
        assertEquals(List.of(Segment.equal("Structured reasoning, prioritization and "), Segment.delete("business"),
                Segment.insert("technical"), Segment.equal(" insight.")), reworded.words());
        assertEquals(Semver.MAJOR, report.semver());
    }

    @Test
    void dimensionMovedBetweenRolesIsOneMoveAndReferencesToItsPointsFollowIt() {
        ChangeReport report = pair("move-dimension-between-roles");
        // the point keeps its place in the moved dimension; 'related' now names the same point by its new path
        assertEquals(List.of("moved dimension ENG.practice to=PM.practice"), summaries(report));
        assertEquals(Semver.MAJOR, report.semver());
    }

    @Test
    void swappedPointsAreOneReorderNotARemovalAndAddition() {
        ChangeReport report = pair("reorder-points");
        Change change = only(report);
        assertEquals("reordered point PM.foundations.collaboration field=position", change.summary());
        assertEquals("2", change.before());
        assertEquals("3", change.after());
        assertEquals(Semver.PATCH, report.semver());
    }

    @Test
    void changedTitleIsARenameWithAWordDiff() {
        ChangeReport report = pair("rename-point");
        Change change = only(report);
        assertEquals("renamed point PM.foundations.core-product field=title", change.summary());
        assertEquals("Core Product Capabilities", change.before());
        assertEquals("Core Product Management Capabilities", change.after());
        assertEquals(List.of(Segment.equal("Core Product "), Segment.insert("Management "), Segment.equal("Capabilities")),
                change.words());
        assertEquals(Semver.PATCH, report.semver());
    }

    @Test
    void rewordedCriterionNamesItsTierAndIsPatch() {
        ChangeReport report = pair("reword-criterion-at-one-tier");
        Change change = only(report);
        assertEquals("criterion-reworded criterion PM.foundations.core-product tier=2 field=statement", change.summary());
        assertEquals("Writes a PRD with a flowchart and a prototype for an AI feature.", change.before());
        assertEquals("Writes a PRD with user flows and a clickable prototype for an AI feature.", change.after());
        assertTrue(change.words().contains(Segment.delete("a flowchart")), change.words().toString());
        assertTrue(change.words().contains(Segment.insert("user flows")), change.words().toString());
        assertTrue(change.words().contains(Segment.insert(" clickable")), change.words().toString());
        assertEquals(Semver.PATCH, report.semver());
    }

    @Test
    void rewordedScopeDefinitionAndDescriptionNameTheirField() {
        ChangeReport report = pair("reword-scope-definition-description");
        assertEquals(List.of("reworded role PM field=description", "reworded dimension PM.foundations field=definition",
                "reworded point PM.delivery.value-stream field=scope"), summaries(report));
        assertEquals(Semver.PATCH, report.semver());
    }

    @Test
    void deprecationIsAStatusChangeWithItsReplacementAndMinor() {
        ChangeReport report = pair("deprecate-point");
        assertEquals(List.of("deprecated point PM.delivery.handoff field=status",
                "replaced-by-changed point PM.delivery.handoff field=replaced-by"), summaries(report));
        assertEquals("active", report.changes().get(0).before());
        assertEquals("deprecated", report.changes().get(0).after());
        assertEquals(null, report.changes().get(1).before());
        assertEquals("PM.delivery.value-stream", report.changes().get(1).after());
        assertEquals(Semver.MINOR, report.semver());
    }

    @Test
    void translationChangesAreReportedPerLanguage() {
        ChangeReport report = pair("translations");
        assertEquals(List.of("translation-changed dimension PM.foundations field=title language=zh",
                "translation-removed point PM.foundations.core-product field=title language=zh",
                "translation-added point PM.foundations.collaboration field=title language=zh"), summaries(report));
        Change changed = report.changes().get(0);
        assertEquals("产品基础", changed.before());
        assertEquals("产品管理基础", changed.after());
        assertEquals(List.of(Segment.equal("产品"), Segment.insert("管理"), Segment.equal("基础")), changed.words());
        assertEquals(Semver.PATCH, report.semver());
    }

    @Test
    void metadataChangesAreAPatchAndTheVersionItselfWeighsNothing() {
        ChangeReport report = pair("metadata");
        assertEquals(List.of("version-changed standard field=version", "metadata-changed standard field=publisher",
                "metadata-changed standard field=status", "metadata-changed standard field=issued",
                "metadata-changed standard field=license", "metadata-changed standard field=languages"), summaries(report));
        assertEquals("1.0.0", report.from());
        assertEquals("1.0.1", report.to());
        Map<String, String> values = report.changes().stream()
                .collect(Collectors.toMap(Change::field, c -> c.before() + " -> " + c.after()));
        assertEquals("published -> superseded", values.get("status"));
        assertEquals("2026-01-15 -> 2026-02-01", values.get("issued"));
        assertEquals("en, zh -> en, zh, fr", values.get("languages"));
        assertEquals(Semver.PATCH, report.semver());
        assertEquals(Semver.NONE, report.changes().get(0).semver());
    }

    @Test
    void addedPointIsMinor() {
        ChangeReport report = pair("add-point");
        Change change = only(report);
        assertEquals("added point PM.foundations.discovery", change.summary());
        assertEquals("Product Discovery", change.after());
        assertEquals(Semver.MINOR, report.semver());
    }

    @Test
    void removedPointIsMajor() {
        ChangeReport report = pair("remove-point");
        Change change = only(report);
        assertEquals("removed point PM.foundations.acumen", change.summary());
        assertEquals("Professional Acumen", change.before());
        assertEquals(Semver.MAJOR, report.semver());
    }

    @Test
    void addedCriterionAtATierIsMinorAndTheSimilarOneIsKept() {
        ChangeReport report = pair("criterion-added");
        Change change = only(report);
        assertEquals("criterion-added criterion PM.foundations.acumen tier=2 field=statement", change.summary());
        assertEquals("Presents a prioritization decision to stakeholders and records their objections.", change.after());
        assertEquals(Semver.MINOR, report.semver());
    }

    @Test
    void removedCriterionIsMajor() {
        ChangeReport report = pair("criterion-removed");
        Change change = only(report);
        assertEquals("criterion-removed criterion PM.foundations.collaboration tier=3 field=statement", change.summary());
        assertEquals("Designs the working agreements of several teams.", change.before());
        assertEquals(Semver.MAJOR, report.semver());
    }

    @Test
    void relationChangesNameTheKindAndTheTarget() {
        ChangeReport report = pair("relations");
        assertEquals(List.of("relation-added point PM.delivery.value-stream field=requires",
                "relation-removed point PM.delivery.value-stream field=related"), summaries(report));
        assertEquals("PM.foundations.collaboration", report.changes().get(0).after());
        assertEquals("ENG.practice.delivery-practice", report.changes().get(1).before());
        assertEquals(Semver.MINOR, report.semver());
    }

    @Test
    void addedRoleIsOneChangeWithoutItsDimensionsAndPoints() {
        ChangeReport report = pair("add-role");
        Change change = only(report);
        assertEquals("added role DS", change.summary());
        assertEquals(Semver.MINOR, report.semver());
    }

    @Test
    void frontMatterProfilesTermsAndReleases() {
        ChangeReport report = pair("profiles-terms-releases-front-matter");
        assertEquals(List.of("reworded section overview field=paragraph 1", "changed profile senior-pm field=targets",
                "added term LLM", "added release 1.1.0"), summaries(report));
        Change targets = report.changes().get(1);
        assertEquals("PM.foundations 3, PM.delivery.value-stream 2", targets.before());
        assertEquals("PM.foundations 3, PM.delivery.value-stream 3", targets.after());
        assertEquals(Semver.MINOR, report.semver(), "a profile's targets are what a job level requires");
    }

    @Test
    void tierSchemeChanges() {
        ChangeReport report = pair("tier-scheme");
        assertEquals(List.of("renamed tier 3 tier=3 field=name", "added tier 4 tier=4"), summaries(report));
        assertEquals("Expert", report.changes().get(0).before());
        assertEquals("Leader", report.changes().get(0).after());
        assertEquals(Semver.MINOR, report.semver());
    }

    @Test
    void comparisonIsSymmetricInItsCounts() {
        // the reverse of a move is a move, the reverse of an addition a removal
        Standard before = load(TestFiles.pair("move-point-between-dimensions").resolve("before"));
        Standard after = load(TestFiles.pair("move-point-between-dimensions").resolve("after"));
        assertEquals(List.of("moved point PM.delivery.acumen to=PM.foundations.acumen"),
                summaries(StandardDiff.compare(after, before)));
        ChangeReport removed = StandardDiff.compare(load(TestFiles.pair("add-point").resolve("after")),
                load(TestFiles.pair("add-point").resolve("before")));
        assertEquals(List.of("removed point PM.foundations.discovery"), summaries(removed));
        assertFalse(removed.isEmpty());
    }
}
