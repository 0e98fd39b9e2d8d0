package org.normative.dsl.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.normative.dsl.TestFiles;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;
import org.normative.model.Point;

/**
 * The canonical layout of {@link NormativeFormatter}, through {@link StandardProject#format(Path)}:
 * the sample is its fixed point, formatting is idempotent, changes nothing but whitespace (the model,
 * strings and comments stay as they are) and leaves files with syntax errors alone.
 */
class FormatterTest {

    @TempDir
    Path temp;

    @Test
    void theSampleIsAFixedPoint() throws Exception {
        String sample = Files.readString(TestFiles.sample());
        StandardProject project = StandardProject.load(List.of(TestFiles.sample()), Progress.NONE);
        assertEquals(sample, project.format(TestFiles.sample()));
    }

    @Test
    void theExampleIsAFixedPoint() throws Exception {
        StandardProject project = StandardProject.load(List.of(TestFiles.example()), Progress.NONE);
        assertEquals(3, project.files().size());
        for (Path file : project.files()) {
            assertEquals(Files.readString(file), project.format(file), file::toString);
        }
    }

    @Test
    void aMessyFileGetsTheCanonicalLayout() throws Exception {
        String messy = Files.readString(TestFiles.testResource("formatter/messy.norm"));
        String expected = Files.readString(TestFiles.testResource("formatter/messy.expected.norm"));
        String formatted = formatText("messy.norm", messy);
        assertEquals(expected, formatted);
        assertEquals(comments(messy), comments(formatted));
        assertEquals(12, comments(formatted).size());
        assertEquals(expected, formatText("messy.norm", formatted), "the expected layout is a fixed point");
    }

    @Test
    void theSampleWithoutItsLayoutFormatsToTheSample() throws Exception {
        String sample = Files.readString(TestFiles.sample());
        assertEquals(sample, formatText("sample.norm", withoutLayout(sample)));
    }

    /** The header comments, then all tokens on one line: each run of whitespace a single space. */
    private static String withoutLayout(String sample) throws IOException {
        String header = sample.substring(0, sample.indexOf("\nstandard ") + 1);
        assertEquals(3, comments(header + "part of x").size());
        StringBuilder text = new StringBuilder(header);
        boolean space = false;
        for (ILeafNode leaf : parse(sample).getParseResult().getRootNode().getLeafNodes()) {
            if (leaf.isHidden()) {
                space = !isComment(leaf);
            } else {
                text.append(space && text.length() > header.length() ? " " : "").append(leaf.getText());
                space = false;
            }
        }
        return text.toString();
    }

    static Stream<Arguments> inputs() throws IOException {
        Map<String, String> sample = Map.of("sample.norm", Files.readString(TestFiles.sample()));
        Map<String, String> example = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(TestFiles.example())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".norm")).sorted().toList()) {
                example.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        Map<String, String> messy = Map.of("messy.norm",
                Files.readString(TestFiles.testResource("formatter/messy.norm")));
        // the sample with all its tokens on one line, and with Windows line ends
        Map<String, String> oneLine = Map.of("sample.norm", withoutLayout(sample.get("sample.norm")));
        Map<String, String> crlf = Map.of("sample.norm", sample.get("sample.norm").replace("\n", "\r\n"));
        return Stream.of(Arguments.of("sample", sample), Arguments.of("example", example),
                Arguments.of("messy", messy), Arguments.of("sample on one line", oneLine),
                Arguments.of("sample with CRLF", crlf));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void formattingIsIdempotentAndChangesNothingButWhitespace(String name, Map<String, String> files) throws Exception {
        StandardProject original = load(files);
        Map<String, String> once = new LinkedHashMap<>();
        for (Path file : original.files()) {
            once.put(file.getFileName().toString(), original.format(file));
        }
        StandardProject formatted = load(once);
        EcoreUtil.resolveAll(original.resourceSet());
        EcoreUtil.resolveAll(formatted.resourceSet());
        for (Path file : formatted.files()) {
            String fileName = file.getFileName().toString();
            XtextResource before = original.resource(original.files().stream()
                    .filter(f -> f.getFileName().toString().equals(fileName)).findFirst().orElseThrow());
            XtextResource after = formatted.resource(file);
            assertEquals(List.of(), after.getErrors(), fileName);
            assertEquals(once.get(fileName), formatted.format(file), () -> fileName + " is not idempotent");
            // the same tokens, strings and comments in the same order: only whitespace has changed
            assertEquals(tokens(before), tokens(after), fileName);
            EObject beforeRoot = before.getContents().get(0);
            EObject afterRoot = after.getContents().get(0);
            assertTrue(EcoreUtil.equals(beforeRoot, afterRoot), () -> fileName + ": the formatted file has another model");
        }
    }

    @Test
    void stringsAreNeverChanged() throws Exception {
        String text = """
                standard s version 1.0.0 {
                title "  leading and trailing spaces  " @zh "\tTab"
                  role R "// not a comment" { dimension d "/* not a comment */" {
                  definition "First line
                        indented second line
                \tthird line with a tab"
                      point p "Escaped \\"quotes\\" and \\\\ backslash" { scope 'single {quoted}'
                criterion 1    "Two  spaces"
                } } }
                }
                """;
        StandardProject before = load(Map.of("s.norm", text));
        Path file = before.files().get(0);
        String formatted = before.format(file);
        assertNotEquals(text, formatted);
        StandardProject after = load(Map.of("s.norm", formatted));
        assertEquals(strings(before.resource(file)), strings(after.resource(after.files().get(0))));
        Point point = after.standards().get(0).getRoles().get(0).getDimensions().get(0).getPoints().get(0);
        assertEquals("Escaped \"quotes\" and \\ backslash", point.getTitle().getValue());
        assertEquals("single {quoted}", point.getScope().getValue());
        assertEquals("First line\n        indented second line\n\tthird line with a tab",
                after.standards().get(0).getRoles().get(0).getDimensions().get(0).getDefinition().getValue());
        assertTrue(formatted.contains("\n            definition \"First line\n        indented second line\n\tthird line with a tab\"\n"),
                formatted);
    }

    @Test
    void commentsAreKeptAsWritten() throws Exception {
        String text = """
                //no space after the slashes
                standard s version 1.0.0 {
                //   aligned   columns   kept
                title "T"
                      /*
                        a block comment without stars,
                  its lines indented as the author wants
                      */
                tiers { tier 1 "One" /**/ }
                }
                """;
        String formatted = formatText("s.norm", text);
        assertEquals("""
                //no space after the slashes
                standard s version 1.0.0 {
                    //   aligned   columns   kept
                    title "T"

                    /*
                        a block comment without stars,
                  its lines indented as the author wants
                      */
                    tiers {
                        tier 1 "One" /**/
                    }
                }
                """, formatted);
        assertEquals(comments(text), comments(formatted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"// comment\n", "/* comment */", "\n/* two\n   lines */\n", "\n\n// after a blank line\n\n"})
    void aCommentAnywhereIsKeptAndFormattedIdempotently(String comment) throws Exception {
        String sample = Files.readString(TestFiles.sample());
        SourceFormatter formatter = StandardProject.injector().getInstance(SourceFormatter.class);
        XtextResource parsed = parse(sample);
        int variants = 0;
        for (ILeafNode leaf : parsed.getParseResult().getRootNode().getLeafNodes()) {
            if (!leaf.isHidden() || isComment(leaf) || leaf.getOffset() == 0) {
                continue;
            }
            // a comment in the whitespace between two tokens
            String text = sample.substring(0, leaf.getOffset()) + " " + comment + sample.substring(leaf.getOffset());
            XtextResource resource = parse(text);
            assertFalse(resource.getParseResult().hasSyntaxErrors(), text);
            String once = formatter.format(resource);
            XtextResource formatted = parse(once);
            assertEquals(tokens(resource), tokens(formatted), once);
            assertEquals(once, formatter.format(formatted), () -> "not idempotent:\n" + once);
            assertTrue(EcoreUtil.equals(resource.getContents().get(0), formatted.getContents().get(0)), once);
            variants++;
        }
        assertTrue(variants > 150, variants + " variants");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a missing closing brace
        "standard s version 1.0.0 {\n  title    \"T\"\n\ttiers { tier 1 \"One\" }\n",
        // a tier without its level
        "standard s version 1.0.0 {\n  title    \"T\"\n\ttiers { tier one \"One\" }\n}\n",
        // an unterminated string
        "part of s\n\n   role R \"R {\n      }\n",
        // the tier scheme before the principles
        "standard s version 1.0.0 {\ntiers {   }\n   principle p \"P\" \"Body\"\n}",
        // an unknown keyword, in a file without a final newline
        "// a comment\r\nstandard s version 1.0.0 {   chapter x \"X\" { }   }"
    })
    void filesWithSyntaxErrorsAreReturnedUnchanged(String text) throws Exception {
        StandardProject project = load(Map.of("broken.norm", text));
        Path file = project.files().get(0);
        assertTrue(project.resource(file).getParseResult().hasSyntaxErrors());
        assertEquals(text, project.format(file));
    }

    @Test
    void aStandardPartGetsTheCanonicalLayout() throws Exception {
        String text = "  part of s  role R \"R\" { dimension d \"D\" { } }  profile p \"P\" for R { d 1 }\n"
                + "term t \"T\" \"Definition\" term u \"U\" @zh \"U2\" \"Definition\"";
        assertEquals("""
                part of s

                role R "R" {
                    dimension d "D" {
                    }
                }

                profile p "P" for R {
                    d 1
                }

                term t "T"
                    "Definition"

                term u "U" @zh "U2"
                    "Definition"
                """, formatText("part.norm", text));
    }

    // ------------------------------------------------------------------ helpers

    /** Writes the files to a folder of their own and loads them as one project. */
    private StandardProject load(Map<String, String> files) throws Exception {
        Path folder = Files.createTempDirectory(temp, "project");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return StandardProject.load(List.of(folder), Progress.NONE);
    }

    private String formatText(String fileName, String text) throws Exception {
        StandardProject project = load(Map.of(fileName, text));
        Path file = project.files().get(0);
        assertFalse(project.resource(file).getParseResult().hasSyntaxErrors(), () -> project.resource(file).getErrors().toString());
        return project.format(file);
    }

    /** Parses a text on its own, without linking it to other files. */
    private static XtextResource parse(String text) throws IOException {
        XtextResourceSet resourceSet = StandardProject.injector().getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/text.norm"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        return resource;
    }

    /** The tokens and comments of a file, without the whitespace between them. */
    private static List<String> tokens(XtextResource resource) {
        List<String> tokens = new ArrayList<>();
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (!leaf.isHidden() || isComment(leaf)) {
                tokens.add(leaf.getText());
            }
        }
        return tokens;
    }

    private static List<String> strings(XtextResource resource) {
        List<String> strings = new ArrayList<>();
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (leaf.getGrammarElement() instanceof org.eclipse.xtext.RuleCall call
                    && "STRING".equals(call.getRule().getName())) {
                strings.add(leaf.getText());
            }
        }
        assertFalse(strings.isEmpty());
        return strings;
    }

    private static List<String> comments(String text) throws IOException {
        List<String> comments = new ArrayList<>();
        for (ILeafNode leaf : parse(text).getParseResult().getRootNode().getLeafNodes()) {
            if (isComment(leaf)) {
                comments.add(leaf.getText());
            }
        }
        return comments;
    }

    private static boolean isComment(ILeafNode leaf) {
        return leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT");
    }
}
