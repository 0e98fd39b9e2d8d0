package org.normative.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Path;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.normative.workbench.perspective.StandardsPerspective;

/** The branding the product gives the workbench: name, about text with the version, icons, the Standards perspective. */
class ProductTest {

    @Test
    void theWorkbenchIsBrandedAsNormativeWorkbench() throws Exception {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "runs as a product");
        assertEquals("org.normative.workbench.product", product.getId());
        assertEquals("Normative Workbench", product.getName());
        assertTrue(product.getProperty("aboutText").startsWith("Normative Workbench\nVersion: {0}"), product.getProperty("aboutText"));
        assertTrue(product.getProperty("windowImages").contains("icons/normative16.png"));
        URL mappings = FileLocator.find(product.getDefiningBundle(), new Path("about.mappings"));
        assertNotNull(mappings, "about.mappings");
        try (InputStream in = mappings.openStream()) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("0=0.1.0"), "the version is filled in by the build");
        }
        assertEquals(StandardsPerspective.ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
        assertEquals("UTF-8", org.eclipse.core.resources.ResourcesPlugin.getEncoding());
    }
}
