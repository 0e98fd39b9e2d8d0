package org.normative.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A standard with known findings, and where each of them is reported: the line and column of the
 * token that the finding marks, computed from the text.
 */
final class BrokenStandard {

    static final String FILE_NAME = "standard.norm";

    static final String TEXT = """
            standard acme.broken version 1.0.0 {
                title "Broken Standard"

                tiers {
                    tier 1 "Foundation"
                    tier 2 "Practitioner"
                    tier 3 "Expert"
                }

                role ENG "Engineer" {
                    dimension build "Building" {
                        point compile "Compiling" {
                            criterion 1 "Explains what a compiler does."
                            criterion 2 "Configures a build for a new module."
                        }

                        point link "Linking" {
                            criterion 1 "Explains static and dynamic linking."
                            criterion 2 "Diagnoses a missing symbol at link time."
                            criterion 2 "Diagnoses a missing symbol at link time"
                            criterion 3 "Designs the module layout of a large product."
                            criterion 4 "Teaches linking to other teams."
                            requires packaging
                        }
                    }
                }
            }
            """;

    /** The summary line of {@code normative validate} for this standard. */
    static final String SUMMARY = "1 role, 1 dimension, 2 points, 7 criteria: 3 errors, 1 warning";

    /** One expected finding: where, how bad, which rule, and a part of its message. */
    record Expected(int line, int column, String severity, String rule, String messagePart) {

        /** {@code file:line:col: severity: [rule] } as the text report starts the finding's line. */
        String textPrefix(String file) {
            return file + ":" + line + ":" + column + ": " + severity + ": [" + rule + "] ";
        }
    }

    /** The findings, in the order of the report (by line, then column). */
    static final List<Expected> FINDINGS = List.of(
            // point 'compile' has criteria of tiers 1 and 2 only: marked at its id
            new Expected(lineOf("point compile"), columnOf("point compile", "compile"), "error", "tier-coverage",
                    "Point 'compile' has no criterion at tier 3 (Expert)"),
            // the same statement twice (but for the final period): marked at the second statement
            new Expected(lineOf("link time\""), columnOf("link time\"", "\"Diagnoses"), "warning", "duplicate-criterion",
                    "repeats a tier-2 criterion of point 'link' (line " + lineOf("link time.\"") + ")"),
            // a tier the scheme lacks: marked at the tier number
            new Expected(lineOf("criterion 4"), columnOf("criterion 4", "4"), "error", "unknown-tier",
                    "Tier 4 is not in the tier scheme (tiers 1, 2, 3)"),
            // a point that does not exist: marked at the reference
            new Expected(lineOf("requires packaging"), columnOf("requires packaging", "packaging"), "error",
                    "unresolved-reference", "No point 'packaging'"));

    private BrokenStandard() {
    }

    /** Writes the standard to {@code folder/standard.norm}, creating the folder; returns the file. */
    static Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(FILE_NAME), TEXT);
    }

    /** The 1-based number of the one line of {@link #TEXT} that contains {@code fragment}. */
    static int lineOf(String fragment) {
        List<String> lines = TEXT.lines().toList();
        int[] matches = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(fragment)).toArray();
        if (matches.length != 1) {
            throw new IllegalArgumentException(matches.length + " lines contain '" + fragment + "'");
        }
        return matches[0] + 1;
    }

    /** The 1-based column of the first {@code token} in the line that contains {@code fragment}. */
    static int columnOf(String fragment, String token) {
        String line = TEXT.lines().toList().get(lineOf(fragment) - 1);
        int index = line.indexOf(token);
        if (index < 0) {
            throw new IllegalArgumentException("no '" + token + "' in line '" + line + "'");
        }
        return index + 1;
    }
}
