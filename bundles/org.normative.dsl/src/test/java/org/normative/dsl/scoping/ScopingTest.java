package org.normative.dsl.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.TestFiles;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.normative.model.Point;
import org.normative.model.Relation;
import org.normative.model.Standard;

class ScopingTest {

    private static final Path STANDARDS = TestFiles.testResource("standards");

    @Test
    void aPointOfAnotherStandardIsReachedByItsFullIdWhenNormativePropertiesNamesItsFolder() throws Exception {
        StandardProject project = StandardProject.load(List.of(STANDARDS.resolve("ai-literacy")), Progress.NONE);
        ValidationReport report = project.validate(Progress.NONE);

        assertEquals(List.of(), report.findings());
        assertEquals(1, report.statistics().standards(), "the other standard is loaded, not validated or counted");
        Standard standard = project.standards().get(0);
        Point evidence = standard.getRoles().get(0).getDimensions().get(0).getPoints().get(0);
        Relation alignsWith = evidence.getRelations().get(0);
        assertFalse(alignsWith.getTarget().eIsProxy());
        assertEquals("read-charts", alignsWith.getTarget().getId());
        assertEquals("acme.data-literacy", ((Standard) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(alignsWith.getTarget())).getId());
    }

    @Test
    void withoutTheSettingTheOtherStandardIsNotInScope(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("ai-literacy");
        Files.createDirectories(copy);
        Files.copy(STANDARDS.resolve("ai-literacy/standard.norm"), copy.resolve("standard.norm"));

        ValidationReport report = StandardProject.load(List.of(copy), Progress.NONE).validate(Progress.NONE);

        assertEquals(1, report.findings().size(), report.findings()::toString);
        assertEquals("unresolved-reference", report.findings().get(0).rule());
        assertEquals(13, report.findings().get(0).line());
        assertTrue(report.findings().get(0).message().contains("normative.properties"));
    }
}
