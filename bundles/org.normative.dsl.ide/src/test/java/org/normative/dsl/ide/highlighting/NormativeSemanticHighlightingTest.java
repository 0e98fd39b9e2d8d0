package org.normative.dsl.ide.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.normative.dsl.ide.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;

/**
 * The semantic colouring of real files: the seed example, and a standard split over two files
 * with a deprecated point referred to from the other file.
 */
class NormativeSemanticHighlightingTest {

    @TempDir
    Path temp;

    private static final String STANDARD = """
            standard acme.colours version 1.0.0 {
                title "Colours"

                section intro "Introduction" {
                    "About."
                }

                tiers {
                    tier 1 "Foundation"
                    tier 2 "Adept"
                }

                profile junior "Junior" for ENG {
                    build 1
                    build.compile 2
                    build.legacy 1
                }

                term RAG "Retrieval-Augmented Generation" "A pattern."
            }
            """;

    private static final String ENG = """
            part of acme.colours

            role ENG "Engineer" {
                dimension build "Building" {
                    point compile "Compiling" {
                        criterion 1 "Explains what a compiler does."
                        criterion 2 explain "Configures a build."
                    }

                    point legacy "Make files" {
                        status deprecated
                        replaced-by compile
                        criterion 1 "Writes a make file."
                    }

                    point link "Linking" {
                        criterion 1 "Explains linking."
                        criterion 2 "Fixes a missing symbol."
                        requires compile
                        related ENG.build.legacy
                    }
                }
            }
            """;

    @Test
    void declarationsReferencesAndDeprecatedPointsAcrossTwoFiles() throws Exception {
        Path standard = Files.writeString(temp.resolve("standard.norm"), STANDARD, StandardCharsets.UTF_8);
        Path eng = Files.writeString(temp.resolve("eng.norm"), ENG, StandardCharsets.UTF_8);
        StandardProject project = StandardProject.load(List.of(temp), Progress.NONE);

        Map<String, String> engTokens = tokens(project.resource(eng), ENG);
        assertEquals("namespace", engTokens.get(at(ENG, "part of acme.colours", "acme.colours")));
        assertEquals("class declaration", engTokens.get(at(ENG, "role ENG", "ENG")));
        assertEquals("struct declaration", engTokens.get(at(ENG, "dimension build", "build")));
        assertEquals("property declaration", engTokens.get(at(ENG, "point compile", "compile")));
        assertEquals("enumMember declaration", engTokens.get(at(ENG, "criterion 2 explain", "explain")));
        // the deprecated point, where it is declared and where it is referred to
        assertEquals("property declaration deprecated", engTokens.get(at(ENG, "point legacy", "legacy")));
        assertEquals("property", engTokens.get(at(ENG, "replaced-by compile", "compile")));
        assertEquals("property", engTokens.get(at(ENG, "requires compile", "compile")));
        // a qualified reference: one token per segment, of the element each names
        assertEquals("class", engTokens.get(at(ENG, "related ENG.build.legacy", "ENG")));
        assertEquals("struct", engTokens.get(at(ENG, "related ENG.build.legacy", "build")));
        assertEquals("property deprecated", engTokens.get(at(ENG, "related ENG.build.legacy", "legacy")));
        // keywords, titles and criteria texts are left to the syntax colouring
        assertFalse(engTokens.containsKey(at(ENG, "point compile", "point")), engTokens::toString);
        assertFalse(engTokens.containsKey(at(ENG, "requires compile", "requires")), engTokens::toString);

        Map<String, String> standardTokens = tokens(project.resource(standard), STANDARD);
        assertEquals("namespace declaration", standardTokens.get(at(STANDARD, "standard acme.colours", "acme.colours")));
        assertEquals("type declaration", standardTokens.get(at(STANDARD, "section intro", "intro")));
        assertEquals("number declaration", standardTokens.get(at(STANDARD, "tier 2", "2")));
        assertEquals("interface declaration", standardTokens.get(at(STANDARD, "profile junior", "junior")));
        assertEquals("variable declaration", standardTokens.get(at(STANDARD, "term RAG", "RAG")));
        // references into the other file: the profile's role and targets
        assertEquals("class", standardTokens.get(at(STANDARD, "for ENG", "ENG")));
        assertEquals("struct", standardTokens.get(at(STANDARD, "build 1", "build")));
        assertEquals("struct", standardTokens.get(at(STANDARD, "build.compile 2", "build")));
        assertEquals("property", standardTokens.get(at(STANDARD, "build.compile 2", "compile")));
        assertEquals("property deprecated", standardTokens.get(at(STANDARD, "build.legacy 1", "legacy")));
    }

    @Test
    void theSeedExample() throws Exception {
        Path folder = TestFiles.root().resolve("examples/ai-competency-model");
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        Path file = folder.resolve("01-aipm.norm").toAbsolutePath().normalize();
        String text = Files.readString(file);
        Map<String, String> tokens = tokens(project.resource(file), text);
        assertEquals("property declaration", tokens.get(at(text, "point core-product", "core-product")));
        assertEquals("property", tokens.get(at(text, "requires core-product", "core-product")));
        assertEquals("class declaration", tokens.get(at(text, "role AIPM", "AIPM")));
        assertTrue(tokens.values().stream().noneMatch(styles -> styles.contains("deprecated")), "no deprecated point in the seed");
    }

    /**
     * The tokens of a resource by {@code "offset:text"}, their styles joined by spaces; its references
     * resolved first, as a build does (the calculator does not resolve them itself).
     */
    private static Map<String, String> tokens(XtextResource resource, String text) {
        EcoreUtil.resolveAll(resource.getResourceSet());
        Map<String, String> tokens = new TreeMap<>();
        new NormativeSemanticHighlighting().provideHighlightingFor(resource, (offset, length, ids) -> {
            String key = offset + ":" + text.substring(offset, offset + length);
            String previous = tokens.put(key, String.join(" ", ids));
            assertEquals(null, previous, () -> "two tokens at " + key);
        }, CancelIndicator.NullImpl);
        return tokens;
    }

    /** The key of {@code part} in the first occurrence of {@code context} in {@code text}. */
    private static String at(String text, String context, String part) {
        int offset = text.indexOf(context);
        assertTrue(offset >= 0, context);
        return (offset + context.indexOf(part)) + ":" + part;
    }
}
