package org.normative.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.dsl.project.ValidationReport;
import org.osgi.framework.FrameworkUtil;

/**
 * The core bundles, built as plain Maven jars with bnd manifests, resolve and work inside an
 * OSGi framework (Equinox, started by Tycho): the seed example loads, links and validates.
 */
class OsgiValidationTest {

    @Test
    void theSeedExampleValidatesCleanInsideOsgi() throws Exception {
        assertNotNull(FrameworkUtil.getBundle(StandardProject.class), "the language runs as an OSGi bundle");
        Path example = Path.of(System.getProperty("normative.root")).resolve("examples/ai-competency-model");
        ValidationReport report = StandardProject.load(List.of(example), Progress.NONE).validate(Progress.NONE);
        assertEquals(List.of(), report.findings());
        assertEquals(69, report.statistics().points());
        assertEquals(207, report.statistics().criteria());
    }
}
