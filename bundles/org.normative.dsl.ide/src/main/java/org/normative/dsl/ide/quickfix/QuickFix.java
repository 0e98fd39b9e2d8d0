package org.normative.dsl.ide.quickfix;

import java.util.List;

/**
 * A fix of one finding: what the editor shows ({@link #label()}) and the replacements in the text
 * of the file that holds the finding, as character offsets in the text that was validated.
 *
 * @param label the wording shown in the editor's quick fix list, e.g. {@code Rename to 'testing-2'}
 * @param rule the id of the rule whose finding it fixes ({@code tier-coverage}, {@code unique-id})
 * @param replacements the changes of the text, in increasing offset order, none overlapping
 */
public record QuickFix(String label, String rule, List<Replacement> replacements) {

    public QuickFix {
        replacements = List.copyOf(replacements);
    }

    /** Replaces {@code length} characters at {@code offset} by {@code text} (an insertion when {@code length} is 0). */
    public record Replacement(int offset, int length, String text) {
    }

    /** {@code text} with the replacements applied. */
    public String applyTo(String text) {
        StringBuilder result = new StringBuilder(text);
        for (int i = replacements.size() - 1; i >= 0; i--) {
            Replacement replacement = replacements.get(i);
            result.replace(replacement.offset(), replacement.offset() + replacement.length(), replacement.text());
        }
        return result.toString();
    }
}
