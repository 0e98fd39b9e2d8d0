package org.normative.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.normative.dsl.TestFiles;

/** docs/rules.md, the committee's reference of the rules, documents every rule of {@link Rule}. */
@DisplayName("The rules documentation")
class RulesDocumentationTest {

    private static Path document() {
        return TestFiles.root().resolve("docs/rules.md");
    }

    private static String read() throws IOException {
        Path document = document();
        assertTrue(Files.isRegularFile(document), () -> document + " is missing");
        return Files.readString(document, StandardCharsets.UTF_8);
    }

    /** The text of the {@code ### `id`} section, up to the next heading of level 3 or above; null without one. */
    private static String section(String document, String id) {
        String heading = "### `" + id + "`";
        int start = -1;
        for (int at = document.indexOf(heading); at >= 0; at = document.indexOf(heading, at + 1)) {
            int end = at + heading.length();
            boolean startOfLine = at == 0 || document.charAt(at - 1) == '\n';
            boolean endOfLine = end == document.length() || document.charAt(end) == '\n' || document.charAt(end) == '\r';
            if (startOfLine && endOfLine) {
                start = end;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        var next = Pattern.compile("^#{1,3} ", Pattern.MULTILINE).matcher(document);
        int end = next.find(start) ? next.start() : document.length();
        return document.substring(start, end);
    }

    @ParameterizedTest(name = "documents {0} in a section of its own with its default severity")
    @EnumSource(Rule.class)
    @DisplayName("documents every rule with its default severity")
    void documentsEveryRuleWithItsDefaultSeverity(Rule rule) throws IOException {
        String section = section(read(), rule.id());
        assertTrue(section != null, () -> document() + " has no section '### `" + rule.id() + "`'");
        String label = rule.defaultSeverity().label();
        Pattern stated = Pattern.compile("(?im)^\\**default severity:?\\**:?\\s*`?" + Pattern.quote(label) + "\\b");
        assertTrue(stated.matcher(section).find(),
                () -> "the section of " + rule.id() + " does not state 'Default severity: " + label + "'");
    }

    @Test
    @DisplayName("explains the finding format and how to change severities, naming the rules that cannot be changed")
    void explainsFindingsAndConfiguration() throws IOException {
        String document = read();
        assertTrue(document.contains("file:line:col: severity: [rule-id] message"), "the format of a finding");
        int changing = document.indexOf("## Changing severities");
        assertTrue(changing >= 0, "a section 'Changing severities'");
        String configuration = document.substring(changing);
        assertTrue(configuration.contains(RuleConfiguration.FILE_NAME), "names " + RuleConfiguration.FILE_NAME);
        for (RuleSeverity severity : RuleSeverity.values()) {
            assertTrue(configuration.contains(severity.label()), () -> "names severity " + severity.label());
        }
        for (Rule rule : Rule.values()) {
            if (!rule.configurable()) {
                assertTrue(configuration.contains("`" + rule.id() + "`"),
                        () -> "says that " + rule.id() + " cannot be changed");
            }
        }
        assertTrue(configuration.toLowerCase(Locale.ROOT).contains("unknown rule"), "says that an unknown rule is an error");
    }
}
