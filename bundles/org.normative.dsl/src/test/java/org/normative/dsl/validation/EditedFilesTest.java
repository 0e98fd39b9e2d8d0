package org.normative.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;

/**
 * Validation in a long-lived resource set, as in an editor or the language server: after one file
 * of a standard is parsed again with new text, the next validation of the other files sees the new
 * text (nothing cached from the earlier version of that file is used).
 */
class EditedFilesTest {

    private static final String STANDARD = """
            standard acme.edit version 1.0.0 {
                title "Edit" @zh "编辑"
                languages en, zh

                tiers {
                    tier 1 "Foundation"
                    tier 2 "Practitioner"
                }
            }
            """;

    private static final String PART_A = """
            part of acme.edit

            role A "Role A" {
                dimension d "Dimension D" @zh "维度D" {
                    point p "Point P" {
                        criterion 1 "Explains the concepts of P."
                        criterion 2 "Applies P on a real product."
                    }
                }
            }
            """;

    private static final String PART_B = """
            part of acme.edit

            role B "Role B" {
                dimension e "Dimension E" {
                    point q "Point Q" {
                        criterion 1 "Explains the concepts of Q."
                        criterion 2 "Applies Q on a real product."
                    }
                }
            }
            """;

    private static List<String> findings(StandardProject project, Path file, String rule) {
        return project.validate(Progress.NONE).findings().stream()
                .filter(f -> f.file().equals(file) && f.rule().equals(rule))
                .map(Finding::message)
                .toList();
    }

    @Test
    void aTranslationRemovedFromOneFileIsNoLongerExpectedInTheOthers(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("standard.norm"), STANDARD);
        Path a = Files.writeString(folder.resolve("a.norm"), PART_A);
        Path b = Files.writeString(folder.resolve("b.norm"), PART_B);
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        Path fileB = b.toAbsolutePath().normalize();
        Path fileA = a.toAbsolutePath().normalize();

        assertEquals(1, findings(project, fileB, "missing-translation").size(), "B's dimension title lacks the zh that A's has");

        project.resource(fileA).reparse(PART_A.replace(" @zh \"维度D\"", ""));

        assertEquals(List.of(), findings(project, fileB, "missing-translation"), "no dimension title has a zh translation any more");
    }

    @Test
    void aTierAddedToTheStandardsFileIsExpectedInEveryPart(@TempDir Path folder) throws Exception {
        Path standard = Files.writeString(folder.resolve("standard.norm"), STANDARD);
        Files.writeString(folder.resolve("a.norm"), PART_A);
        Path b = Files.writeString(folder.resolve("b.norm"), PART_B);
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        Path fileB = b.toAbsolutePath().normalize();

        assertEquals(List.of(), findings(project, fileB, "tier-coverage"));

        project.resource(standard.toAbsolutePath().normalize()).reparse(STANDARD.replace("        tier 2 \"Practitioner\"",
                "        tier 2 \"Practitioner\"\n        tier 3 \"Expert\""));

        List<String> coverage = findings(project, fileB, "tier-coverage");
        assertEquals(1, coverage.size(), coverage::toString);
        assertTrue(coverage.get(0).contains("tier 3 (Expert)"), coverage::toString);
        assertEquals(List.of(), findings(project, fileB, "unresolved-reference"), "the part still finds its standard");
    }
}
