package org.normative.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.normative.dsl.TestFiles;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.Progress;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.StandardProject;

/**
 * Every rule of {@link Rule} against its fixtures in {@code src/test/resources/rules/<rule-id>/}:
 * {@code fires/} holds a standard (one or more files) in which the rule must report at exactly the
 * lines that end with {@code // expect: <rule-id>}; {@code clean/} holds the same standard with the
 * problem fixed, on which no rule may report anything. A rule without fixtures fails.
 */
@DisplayName("Validation rules")
class ValidationTest {

    /** {@code // expect: rule-id} (or several ids separated by commas) at the end of a line. */
    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([a-z-]+(?:\\s*,\\s*[a-z-]+)*)\\s*$");

    @ParameterizedTest(name = "{0} fires exactly at the lines marked ''// expect: {0}'' with its default severity")
    @EnumSource(Rule.class)
    @DisplayName("A rule fires where its fixture expects it")
    void ruleFiresWhereExpected(Rule rule) throws Exception {
        Path folder = fixtures(rule, "fires");
        List<Finding> findings = validate(folder);
        Set<Location> expected = markers(folder, rule);
        assertFalse(expected.isEmpty(), () -> folder + ": no line is marked '// expect: " + rule.id() + "'");
        assertEquals(expected, markers(folder, null), () -> folder + ": markers of other rules than " + rule.id());

        List<Finding> ofRule = findings.stream().filter(f -> f.rule().equals(rule.id())).toList();
        assertFalse(ofRule.isEmpty(), () -> rule.id() + " did not fire; findings:\n" + describe(findings));

        Set<Location> reported = ofRule.stream().map(Location::of).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, reported, () -> rule.id() + " reported at other lines than marked; findings:\n" + describe(findings));

        for (Finding finding : ofRule) {
            assertFalse(finding.message().contains("null"), () -> "message with 'null': " + describe(List.of(finding)));
            assertFalse(finding.message().isBlank(), () -> "blank message: " + describe(List.of(finding)));
            assertEquals(rule.defaultSeverity(), finding.severity(), () -> "severity of " + describe(List.of(finding)));
        }

        // A syntax error may leave a model behind that other rules complain about; every other fixture
        // must show its own rule only.
        if (rule != Rule.SYNTAX) {
            List<Finding> others = findings.stream().filter(f -> !f.rule().equals(rule.id())).toList();
            assertEquals(List.of(), others, () -> "findings of other rules in the fixture of " + rule.id() + ":\n"
                    + describe(others));
        }
    }

    @ParameterizedTest(name = "{0}: the fixed standard validates without any finding")
    @EnumSource(Rule.class)
    @DisplayName("A fixed standard validates without any finding")
    void fixedStandardHasNoFindings(Rule rule) throws Exception {
        Path folder = fixtures(rule, "clean");
        assertEquals(fileNames(fixtures(rule, "fires")), fileNames(folder),
                () -> folder + " holds other files than the fires/ fixture it fixes");
        assertEquals(Set.of(), markers(folder, null), () -> folder + ": a fixed standard carries no '// expect:' marker");
        List<Finding> findings = validate(folder);
        assertEquals(List.of(), findings, () -> "findings in the fixed standard of " + rule.id() + ":\n" + describe(findings));
    }

    @Test
    @DisplayName("normative.properties turns criterion-style off and raises missing-translation to an error")
    void severitiesCanBeChangedInNormativeProperties() throws Exception {
        Path folder = TestFiles.testResource("rules-config/severities");
        List<Finding> findings = validate(folder);

        assertEquals(List.of(), findings.stream().filter(f -> f.rule().equals(Rule.CRITERION_STYLE.id())).toList(),
                () -> "criterion-style is off, yet:\n" + describe(findings));
        List<Finding> translations = findings.stream()
                .filter(f -> f.rule().equals(Rule.MISSING_TRANSLATION.id())).toList();
        assertFalse(translations.isEmpty(), () -> "missing-translation did not fire:\n" + describe(findings));
        translations.forEach(f -> assertEquals(RuleSeverity.ERROR, f.severity(), () -> describe(List.of(f))));
        assertEquals(translations, findings, () -> "only missing-translation reports:\n" + describe(findings));
    }

    @Test
    @DisplayName("Without normative.properties the same standard reports with the default severities")
    void withoutConfigurationTheDefaultSeveritiesApply(@TempDir Path temp) throws Exception {
        Path source = TestFiles.testResource("rules-config/severities/standard.norm");
        Path copy = Files.copy(source, temp.resolve("standard.norm"));
        List<Finding> findings = validate(copy.getParent());

        assertTrue(findings.stream().anyMatch(f -> f.rule().equals(Rule.CRITERION_STYLE.id())
                && f.severity() == Rule.CRITERION_STYLE.defaultSeverity()), () -> describe(findings));
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals(Rule.MISSING_TRANSLATION.id())
                && f.severity() == Rule.MISSING_TRANSLATION.defaultSeverity()), () -> describe(findings));
    }

    @ParameterizedTest(name = "{0}: rejected with a one-line message")
    @ValueSource(strings = { "unknown-rule", "unknown-severity", "fixed-rule" })
    @DisplayName("A bad normative.properties stops loading with a one-line message")
    void badConfigurationStopsLoading(String name) {
        Path folder = TestFiles.testResource("rules-config/" + name);
        ProjectException e = assertThrows(ProjectException.class,
                () -> StandardProject.load(List.of(folder), Progress.NONE));
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("\n"), () -> "not one line: " + e.getMessage());
        assertTrue(e.getMessage().contains(RuleConfiguration.FILE_NAME), e::getMessage);
    }

    @Test
    @DisplayName("A bad normative.properties in a sub-folder stops loading the folder above it too")
    void badConfigurationInASubFolderStopsLoading() {
        Path folder = TestFiles.testResource("rules-config");
        ProjectException e = assertThrows(ProjectException.class,
                () -> StandardProject.load(List.of(folder), Progress.NONE));
        assertFalse(e.getMessage().contains("\n"), () -> "not one line: " + e.getMessage());
        assertTrue(e.getMessage().contains(RuleConfiguration.FILE_NAME), e::getMessage);
    }

    @Test
    @DisplayName("An unknown rule id in normative.properties is named in the message")
    void unknownRuleIsNamed() {
        Path folder = TestFiles.testResource("rules-config/unknown-rule");
        ProjectException e = assertThrows(ProjectException.class,
                () -> StandardProject.load(List.of(folder), Progress.NONE));
        assertTrue(e.getMessage().contains("unknown rule 'tier-coverag'"), e::getMessage);
    }

    // ---------------------------------------------------------------- helpers

    /** A line of a file. */
    record Location(String file, int line) implements Comparable<Location> {

        static Location of(Finding finding) {
            return new Location(finding.file().getFileName().toString(), finding.line());
        }

        @Override
        public int compareTo(Location other) {
            int byFile = file.compareTo(other.file);
            return byFile != 0 ? byFile : Integer.compare(line, other.line);
        }

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private static Path fixtures(Rule rule, String kind) throws IOException {
        Path folder = TestFiles.testResource("rules/" + rule.id() + "/" + kind);
        assertTrue(Files.isDirectory(folder), () -> "rule " + rule.id() + " has no fixtures: " + folder + " is missing");
        assertFalse(fileNames(folder).isEmpty(), () -> "rule " + rule.id() + " has no fixtures: no .norm file in " + folder);
        return folder;
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("." + StandardProject.FILE_EXTENSION))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The lines marked {@code // expect: <rule>} in the files of {@code folder}; of any rule when {@code rule} is null. */
    private static Set<Location> markers(Path folder, Rule rule) throws IOException {
        Set<Location> locations = new TreeSet<>();
        for (String name : fileNames(folder)) {
            List<String> lines = Files.readAllLines(folder.resolve(name), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = MARKER.matcher(lines.get(i));
                if (!matcher.find()) {
                    continue;
                }
                for (String id : matcher.group(1).split("\\s*,\\s*")) {
                    assertTrue(Rule.byId(id).isPresent(), name + ":" + (i + 1) + ": marker names no rule: " + id);
                    if (rule == null || rule.id().equals(id)) {
                        locations.add(new Location(name, i + 1));
                    }
                }
            }
        }
        return locations;
    }

    private static List<Finding> validate(Path folder) throws ProjectException {
        return StandardProject.load(List.of(folder), Progress.NONE).validate(Progress.NONE).findings();
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.file().getFileName() + ":" + f.line() + ":" + f.column() + ": "
                + f.severity().label() + ": [" + f.rule() + "] " + f.message()).collect(Collectors.joining("\n"));
    }
}
