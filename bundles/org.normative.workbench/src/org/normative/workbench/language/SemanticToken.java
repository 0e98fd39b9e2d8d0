package org.normative.workbench.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * One LSP semantic token, decoded: where it starts (0-based line, UTF-16 column, as
 * {@link DocumentPositions}), its length, its type and modifiers by the names of the server's
 * legend (see {@code org.normative.dsl.ide.highlighting.NormativeSemanticHighlighting}).
 */
public record SemanticToken(int line, int character, int length, String type, Set<String> modifiers) {

    public boolean has(String modifier) {
        return modifiers.contains(modifier);
    }

    /**
     * Decodes the integers of {@code textDocument/semanticTokens/full}: five a token (line delta,
     * start delta on the same line or start on a new line, length, type index, modifier bits).
     */
    public static List<SemanticToken> decode(List<Integer> data, SemanticTokensLegend legend) {
        List<SemanticToken> tokens = new ArrayList<>(data.size() / 5);
        List<String> types = legend.getTokenTypes();
        List<String> modifierNames = legend.getTokenModifiers();
        int line = 0;
        int character = 0;
        for (int i = 0; i + 4 < data.size(); i += 5) {
            int lineDelta = data.get(i);
            line += lineDelta;
            character = lineDelta == 0 ? character + data.get(i + 1) : data.get(i + 1);
            int type = data.get(i + 3);
            int bits = data.get(i + 4);
            Set<String> modifiers = new LinkedHashSet<>();
            for (int bit = 0; bit < modifierNames.size() && bit < 31; bit++) {
                if ((bits & (1 << bit)) != 0) {
                    modifiers.add(modifierNames.get(bit));
                }
            }
            tokens.add(new SemanticToken(line, character, data.get(i + 2),
                    type >= 0 && type < types.size() ? types.get(type) : "", Set.copyOf(modifiers)));
        }
        return tokens;
    }
}
