package org.normative.diff.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normative.diff.text.Segment.Operation;

/**
 * A word-level diff of two texts: the longest common subsequence of their tokens (words,
 * single punctuation marks, single CJK characters and runs of white space).
 * <p>
 * The segments are a complete account of both texts: the {@code EQUAL} and {@code DELETE}
 * segments, in order, spell the old text; the {@code EQUAL} and {@code INSERT} segments spell the
 * new one. Within a changed region the deletion comes before the insertion, and single spaces
 * between two changed words are folded into the change so that a reworded phrase reads as one
 * replacement.
 */
public final class WordDiff {

    /** Above this many cells of the LCS table the changed middle is reported as one replacement. */
    private static final long MAX_CELLS = 16_000_000L;

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]"   // CJK: one character is one word
            + "|[\\p{L}\\p{N}_'’\\-]+"                                  // a word, with hyphens and apostrophes
            + "|\\s+"                                                   // white space
            + "|.",                                                     // any other character
            Pattern.DOTALL);

    private WordDiff() {
    }

    /** The tokens of {@code text}; concatenated they give the text back. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** The word-level differences between {@code before} and {@code after} ({@code null} is empty). */
    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> raw = new ArrayList<>();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        for (int i = 0; i < prefix; i++) {
            raw.add(Segment.equal(a.get(i)));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), raw);
        for (int i = a.size() - suffix; i < a.size(); i++) {
            raw.add(Segment.equal(a.get(i)));
        }
        return merge(foldSpaces(raw));
    }

    /**
     * How alike two texts are, from 0 (no word in common) to 1 (the same words in the same
     * order): twice the common words over the words of both (Dice over the LCS, white space and
     * letter case ignored).
     */
    public static double similarity(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int[][] table = lcsTable(a, b);
        return 2.0 * table[0][0] / (a.size() + b.size());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(text)) {
            if (!token.isBlank()) {
                words.add(token.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    private static void middle(List<String> a, List<String> b, List<Segment> out) {
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(t -> out.add(Segment.delete(t)));
            b.forEach(t -> out.add(Segment.insert(t)));
            return;
        }
        int[][] table = lcsTable(a, b);
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(Segment.equal(a.get(i)));
                i++;
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                out.add(Segment.delete(a.get(i++)));
            } else {
                out.add(Segment.insert(b.get(j++)));
            }
        }
        while (i < a.size()) {
            out.add(Segment.delete(a.get(i++)));
        }
        while (j < b.size()) {
            out.add(Segment.insert(b.get(j++)));
        }
    }

    /** {@code table[i][j]}: the length of the LCS of {@code a[i..]} and {@code b[j..]}. */
    private static int[][] lcsTable(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table;
    }

    /** An unchanged run of white space between two changes becomes part of both sides of the change. */
    private static List<Segment> foldSpaces(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments.size());
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            if (s.operation() == Operation.EQUAL && s.text().isBlank() && k > 0 && k < segments.size() - 1
                    && segments.get(k - 1).operation() != Operation.EQUAL
                    && segments.get(k + 1).operation() != Operation.EQUAL) {
                out.add(Segment.delete(s.text()));
                out.add(Segment.insert(s.text()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Joins neighbouring tokens of the same kind; in a changed region the deletion comes first. */
    private static List<Segment> merge(List<Segment> tokens) {
        List<Segment> out = new ArrayList<>();
        StringBuilder equal = new StringBuilder();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (Segment token : tokens) {
            if (token.operation() == Operation.EQUAL) {
                flushChange(out, deleted, inserted);
                equal.append(token.text());
            } else {
                if (!equal.isEmpty()) {
                    out.add(Segment.equal(equal.toString()));
                    equal.setLength(0);
                }
                (token.operation() == Operation.DELETE ? deleted : inserted).append(token.text());
            }
        }
        flushChange(out, deleted, inserted);
        if (!equal.isEmpty()) {
            out.add(Segment.equal(equal.toString()));
        }
        return List.copyOf(out);
    }

    private static void flushChange(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            out.add(Segment.delete(deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            out.add(Segment.insert(inserted.toString()));
            inserted.setLength(0);
        }
    }
}
