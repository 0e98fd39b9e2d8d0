package org.normative.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Texts are compared with white space collapsed, as the regular expression {@code \s+} would. */
class NormalizeTest {

    private static String byRegex(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Test
    void collapsesEveryRunOfWhiteSpaceLikeTheRegularExpression() {
        for (String text : List.of("", " ", "a", " a ", "a b", "a  b", "a\tb", "a \t\n b", "a\r\nb\n", "line one\n    line two",
                "\u3000全角\u3000空格", "x\u000By\fz", "a \u00a0 b")) {
            assertEquals(byRegex(text), Comparer.normalize(text), () -> "'" + text + "'");
        }
        Random random = new Random(42);
        String alphabet = "ab \t\n\r\u000B\f\u00a0\u2003";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byRegex(text.toString()), Comparer.normalize(text.toString()), () -> "'" + text + "'");
        }
    }
}
