package org.normative.dsl.ide.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.normative.dsl.ide.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.StandardProject;

/**
 * The quick fixes of {@code tier-coverage} and {@code unique-id} on real files: each finding of
 * the validation is fixed by applying its fix to the text, the file is parsed and validated
 * again, and the finding is gone; the fixed text is what a committee would write (placeholders
 * in tier order, indented as the formatter does; the next free id).
 */
class QuickFixesTest {

    @TempDir
    Path temp;

    private final QuickFixes quickFixes = StandardProject.injector().getInstance(QuickFixes.class);

    // ---------------------------------------------------------------- tier-coverage

    @Test
    void theTierCoverageFixtureIsFixedByPlaceholderCriteria() throws Exception {
        Path folder = copy("rules/tier-coverage/fires", "missing-tiers.norm");
        Path file = folder.resolve("missing-tiers.norm");
        String before = Files.readString(file);

        List<String> labels = fixAll(folder, file, "tier-coverage");

        assertEquals(List.of("Add the missing tier-3 criterion as a placeholder",
                "Add the missing tier-1, tier-2 and tier-3 criteria as placeholders"), labels);
        String expected = before
                .replace("""
                                        criterion 2 "Designs the test suite of a service."
                        """, """
                                        criterion 2 "Designs the test suite of a service."
                                        criterion 3 "TODO: what someone at tier 3 (Expert) observably does in Testing."
                        """)
                .replace("""
                                        scope "Improving the structure of code without changing its behaviour."
                        """, """
                                        scope "Improving the structure of code without changing its behaviour."
                                        criterion 1 "TODO: what someone at tier 1 (Foundation) observably does in Refactoring."
                                        criterion 2 "TODO: what someone at tier 2 (Practitioner) observably does in Refactoring."
                                        criterion 3 "TODO: what someone at tier 3 (Expert) observably does in Refactoring."
                        """);
        assertEquals(expected, Files.readString(file));
        // the tier-coverage errors are gone; each placeholder is a warning until the committee writes the criterion
        assertEquals(List.of(placeholder(3, "testing", "Expert", "Testing"), placeholder(1, "refactoring", "Foundation", "Refactoring"),
                placeholder(2, "refactoring", "Practitioner", "Refactoring"), placeholder(3, "refactoring", "Expert", "Refactoring")),
                rules(folder, file));
    }

    private static final String STANDARD = """
            standard acme.fixes version 1.0.0 {
                title "Quick Fix Test"

                tiers {
                    tier 1 "Foundation"
                    tier 2 "Practitioner"
                    tier 3 "Expert"
                }

                role ENG "Engineer" {
                    dimension build "Building" {
                        point compile "Compiling" {
                            scope "Turning sources into programs."
                            criterion 1 "Explains what a compiler does."
                            criterion 3 "Designs the build of a product line."
                        }

                        point link "Linking \\"static\\"" {
                            criterion 3 "Designs the linking of a product line."
                        }

                        point package "Packaging" {
                            requires compile
                        }
                    }
                }
            }
            """;

    /** A 'part of' file: its roles start at the left margin, so its criteria are one level less deep. */
    private static final String PART = """
            part of acme.fixes

            role OPS "Operator" {
                dimension delivery "Delivering" {
                    point ship "Shipping" {
                        criterion 2 "Ships a build to production." // the only one
                    }

                    point deprecated-step "Old Step" {
                        status deprecated
                    }
                }
            }
            """;

    @Test
    void placeholdersGoInTierOrderAmongTheCriteriaAndAreLaidOutAsTheFormatterDoes() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("placement"));
        Path standard = Files.writeString(folder.resolve("standard.norm"), STANDARD, StandardCharsets.UTF_8);
        Path part = Files.writeString(folder.resolve("ops.norm"), PART, StandardCharsets.UTF_8);

        assertEquals(List.of("Add the missing tier-2 criterion as a placeholder",
                "Add the missing tier-1 and tier-2 criteria as placeholders",
                "Add the missing tier-1, tier-2 and tier-3 criteria as placeholders"), fixAll(folder, standard, "tier-coverage"));
        String fixed = Files.readString(standard);
        assertEquals("""
                standard acme.fixes version 1.0.0 {
                    title "Quick Fix Test"

                    tiers {
                        tier 1 "Foundation"
                        tier 2 "Practitioner"
                        tier 3 "Expert"
                    }

                    role ENG "Engineer" {
                        dimension build "Building" {
                            point compile "Compiling" {
                                scope "Turning sources into programs."
                                criterion 1 "Explains what a compiler does."
                                criterion 2 "TODO: what someone at tier 2 (Practitioner) observably does in Compiling."
                                criterion 3 "Designs the build of a product line."
                            }

                            point link "Linking \\"static\\"" {
                                criterion 1 "TODO: what someone at tier 1 (Foundation) observably does in Linking \\"static\\"."
                                criterion 2 "TODO: what someone at tier 2 (Practitioner) observably does in Linking \\"static\\"."
                                criterion 3 "Designs the linking of a product line."
                            }

                            point package "Packaging" {
                                criterion 1 "TODO: what someone at tier 1 (Foundation) observably does in Packaging."
                                criterion 2 "TODO: what someone at tier 2 (Practitioner) observably does in Packaging."
                                criterion 3 "TODO: what someone at tier 3 (Expert) observably does in Packaging."
                                requires compile
                            }
                        }
                    }
                }
                """, fixed);

        assertEquals(List.of("Add the missing tier-1 and tier-3 criteria as placeholders"), fixAll(folder, part, "tier-coverage"));
        String fixedPart = Files.readString(part);
        assertEquals("""
                part of acme.fixes

                role OPS "Operator" {
                    dimension delivery "Delivering" {
                        point ship "Shipping" {
                            criterion 1 "TODO: what someone at tier 1 (Foundation) observably does in Shipping."
                            criterion 2 "Ships a build to production." // the only one
                            criterion 3 "TODO: what someone at tier 3 (Expert) observably does in Shipping."
                        }

                        point deprecated-step "Old Step" {
                            status deprecated
                        }
                    }
                }
                """, fixedPart);

        // the fixed files are as the formatter lays them out
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        assertEquals(fixed, project.format(standard));
        assertEquals(fixedPart, project.format(part));
        assertEquals(Collections.nCopies(6, "placeholder"), ruleIds(folder, standard));
        assertEquals(Collections.nCopies(2, "placeholder"), ruleIds(folder, part));
    }

    @Test
    void aPointOnOneLineGetsItsPlaceholdersOnLinesOfTheirOwn() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("one-line"));
        String compile = STANDARD.substring(STANDARD.indexOf("            point compile"), STANDARD.indexOf("            point link"));
        Path file = Files.writeString(folder.resolve("standard.norm"), STANDARD.replace(compile,
                "            point compile \"Compiling\" { criterion 1 \"Explains.\" criterion 3 \"Designs builds.\" }\n\n"),
                StandardCharsets.UTF_8);
        fixAll(folder, file, "tier-coverage");
        String fixed = Files.readString(file);
        assertTrue(fixed.contains("            point compile \"Compiling\" { criterion 1 \"Explains.\"\n"
                + "                criterion 2 \"TODO: what someone at tier 2 (Practitioner) observably does in Compiling.\""
                + " criterion 3 \"Designs builds.\" }\n"), fixed);
        assertEquals(List.of(placeholder(2, "compile", "Practitioner", "Compiling")), rules(folder, file).stream()
                .filter(rule -> rule.contains("point 'compile'")).toList());
        assertEquals(Collections.nCopies(6, "placeholder"), ruleIds(folder, file));
    }

    @Test
    void noFixWhereTheFindingIsGone() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("clean"));
        Path file = Files.writeString(folder.resolve("standard.norm"), STANDARD, StandardCharsets.UTF_8);
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        XtextResource resource = project.resource(file);
        String text = Files.readString(file);
        // a point that has all its tiers, a criterion, a keyword: nothing to fix there
        assertEquals(List.of(), quickFixes.fixes(resource, "tier-coverage", text.indexOf("ENG")));
        assertEquals(List.of(), quickFixes.fixes(resource, "unique-id", text.indexOf("compile")));
        assertEquals(List.of(), quickFixes.fixes(resource, "unique-id", text.indexOf("tiers")));
        assertEquals(List.of(), quickFixes.fixes(resource, "empty-text", text.indexOf("compile")));
    }

    // ---------------------------------------------------------------- unique-id

    @Test
    void theUniqueIdFixtureIsFixedByRenamingTheLaterDeclarations() throws Exception {
        Path folder = copy("rules/unique-id/fires", "standard.norm", "developer-extra.norm");
        Path standard = folder.resolve("standard.norm");
        Path extra = folder.resolve("developer-extra.norm");
        String before = Files.readString(standard);
        String extraBefore = Files.readString(extra);

        // the first declarations of 'testing' and 'suite' keep their ids: no fix there
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        XtextResource resource = project.resource(standard);
        assertEquals(List.of(), labels(quickFixes.fixes(resource, "unique-id", before.indexOf("point testing") + "point ".length())));
        assertEquals(List.of(), labels(quickFixes.fixes(resource, "unique-id", before.indexOf("suite \"Designs"))));
        // ... their later declarations are renamed
        assertEquals(List.of("Rename to 'testing-2'"), labels(quickFixes.fixes(resource, "unique-id",
                before.indexOf("point testing \"Refactoring") + "point ".length())));
        assertEquals(List.of("Rename to 'suite-2'"), labels(quickFixes.fixes(resource, "unique-id", before.indexOf("suite \"Runs"))));
        // a role declared in two files: either may be renamed
        assertEquals(List.of("Rename to 'DEV-2'"), labels(quickFixes.fixes(resource, "unique-id", before.indexOf("role DEV \"") + "role ".length())));
        assertEquals(List.of("Rename to 'DEV-2'"), labels(quickFixes.fixes(project.resource(extra), "unique-id",
                extraBefore.indexOf("role DEV \"") + "role ".length())));

        List<String> labels = fixAll(folder, standard, "unique-id");
        assertEquals(List.of("Rename to 'DEV-2'", "Rename to 'suite-2'", "Rename to 'testing-2'"), labels);
        assertEquals(before.replace("role DEV \"", "role DEV-2 \"")
                .replace("criterion 2 suite \"Runs", "criterion 2 suite-2 \"Runs")
                .replace("point testing \"Refactoring\"", "point testing-2 \"Refactoring\""), Files.readString(standard));
        assertEquals(extraBefore, Files.readString(extra));
        assertEquals(List.of(), rules(folder, standard));
        assertEquals(List.of(), rules(folder, extra));
    }

    @Test
    void theRenameTakesTheNextFreeSuffix() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("suffix"));
        String text = STANDARD.replace("""
                        point package "Packaging" {
                """, """
                        point compile-2 "Compiling again" {
                            criterion 1 "Explains incremental compilation."
                            criterion 2 "Sets up incremental compilation."
                            criterion 3 "Designs incremental compilation for a product line."
                        }

                        point compile "Compiling once more" {
                            criterion 1 "Explains ahead-of-time compilation."
                            criterion 2 "Sets up ahead-of-time compilation."
                            criterion 3 "Designs ahead-of-time compilation for a product line."
                        }

                        point package "Packaging" {
                """);
        Path file = Files.writeString(folder.resolve("standard.norm"), text, StandardCharsets.UTF_8);
        assertEquals(List.of("Rename to 'compile-3'"), fixAll(folder, file, "unique-id"));
        assertTrue(Files.readString(file).contains("point compile-3 \"Compiling once more\""));
        assertFalse(rules(folder, file).contains("unique-id"));
    }

    // ---------------------------------------------------------------- as LSP code actions

    @Test
    void theCodeActionServiceAnswersWithTheFixesAsWorkspaceEdits() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("lsp"));
        Path file = Files.writeString(folder.resolve("standard.norm"), STANDARD, StandardCharsets.UTF_8);
        StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
        Finding finding = project.validate(Progress.NONE).findings().stream()
                .filter(f -> f.rule().equals("tier-coverage") && f.message().contains("'compile'")).findFirst().orElseThrow();
        Position start = new Position(finding.line() - 1, finding.column() - 1);
        Diagnostic diagnostic = new Diagnostic(new Range(start, new Position(start.getLine(), start.getCharacter() + "compile".length())),
                finding.message());
        diagnostic.setCode("tier-coverage");
        Diagnostic other = new Diagnostic(new Range(start, start), "not fixable");
        other.setCode("criterion-style");

        String uri = file.toUri().toString();
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setDocument(new Document(1, STANDARD));
        options.setResource(project.resource(file));
        options.setURI(uri);
        options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic, other))));
        NormativeCodeActionService service = StandardProject.injector().getInstance(NormativeCodeActionService.class);
        List<Either<Command, CodeAction>> actions = service.getCodeActions(options);

        assertEquals(1, actions.size(), actions::toString);
        CodeAction action = actions.get(0).getRight();
        assertEquals("Add the missing tier-2 criterion as a placeholder", action.getTitle());
        assertEquals(CodeActionKind.QuickFix, action.getKind());
        assertEquals(List.of(diagnostic), action.getDiagnostics());
        List<TextEdit> edits = action.getEdit().getChanges().get(uri);
        int line = (int) STANDARD.lines().takeWhile(l -> !l.contains("criterion 3 \"Designs the build")).count();
        assertEquals(List.of(new TextEdit(new Range(new Position(line, 0), new Position(line, 0)),
                "                criterion 2 \"TODO: what someone at tier 2 (Practitioner) observably does in Compiling.\"\n")), edits);

        // a client that asks for refactorings only gets none
        options.getCodeActionParams().getContext().setOnly(List.of(CodeActionKind.Refactor));
        assertEquals(List.of(), service.getCodeActions(options));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Fixes the findings of {@code rule} in {@code file} one by one, as a user would: validate,
     * apply the fix of the first finding, save, validate again. Returns the labels of the fixes.
     */
    private List<String> fixAll(Path folder, Path file, String rule) throws Exception {
        List<String> labels = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            StandardProject project = StandardProject.load(List.of(folder), Progress.NONE);
            String text = Files.readString(file);
            List<Finding> findings = project.validate(Progress.NONE).findings().stream()
                    .filter(f -> f.file().equals(file.toAbsolutePath().normalize()) && f.rule().equals(rule)).toList();
            QuickFix fix = null;
            for (Finding finding : findings) {
                List<QuickFix> fixes = quickFixes.fixes(project.resource(file), rule, offset(text, finding));
                if (!fixes.isEmpty()) {
                    assertEquals(1, fixes.size(), fixes::toString);
                    fix = fixes.get(0);
                    break;
                }
            }
            if (fix == null) {
                assertEquals(List.of(), findings.stream().map(Finding::message).toList(), "findings without a fix");
                return labels;
            }
            assertEquals(rule, fix.rule());
            labels.add(fix.label());
            Files.writeString(file, fix.applyTo(text), StandardCharsets.UTF_8);
        }
        fail("the findings of " + rule + " do not go away: " + labels);
        return labels;
    }

    private static List<String> rules(Path folder, Path file) throws Exception {
        return StandardProject.load(List.of(folder), Progress.NONE).validate(Progress.NONE).findings().stream()
                .filter(f -> f.file().equals(file.toAbsolutePath().normalize())).map(f -> f.rule() + ": " + f.message()).toList();
    }

    private static List<String> ruleIds(Path folder, Path file) throws Exception {
        return rules(folder, file).stream().map(rule -> rule.substring(0, rule.indexOf(':'))).toList();
    }

    /** The finding of the placeholder rule on a criterion that the tier-coverage fix inserted, as {@link #rules} lists it. */
    private static String placeholder(int tier, String point, String tierName, String title) {
        return "placeholder: The tier-" + tier + " criterion of point '" + point + "' is a placeholder (\"TODO: what someone at tier "
                + tier + " (" + tierName + ") observably does in " + title + ".\"): write the criterion before the standard is published.";
    }

    private static List<String> labels(List<QuickFix> fixes) {
        return fixes.stream().map(QuickFix::label).toList();
    }

    private static int offset(String text, Finding finding) {
        int offset = 0;
        for (int line = 1; line < finding.line(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + finding.column() - 1;
    }

    /** A copy of the rule fixture folder's files (under bundles/org.normative.dsl/src/test/resources). */
    private Path copy(String fixture, String... names) throws Exception {
        Path from = TestFiles.root().resolve("bundles/org.normative.dsl/src/test/resources").resolve(fixture);
        Path folder = Files.createDirectories(temp.resolve(fixture.replace('/', '-')));
        for (String name : names) {
            Files.copy(from.resolve(name), folder.resolve(name));
        }
        return folder;
    }
}
