package org.normative.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.normative.diff.text.Segment;
import org.normative.diff.text.Segment.Operation;
import org.normative.diff.text.WordDiff;

class WordDiffTest {

    private static String side(List<Segment> segments, Operation skipped) {
        return segments.stream().filter(s -> s.operation() != skipped).map(Segment::text).collect(Collectors.joining());
    }

    private static void assertSpells(String before, String after) {
        List<Segment> segments = WordDiff.diff(before, after);
        assertEquals(before, side(segments, Operation.INSERT), "equal + delete spell the old text");
        assertEquals(after, side(segments, Operation.DELETE), "equal + insert spell the new text");
    }

    @Test
    void replacedPhraseIsOneDeletionAndOneInsertion() {
        List<Segment> segments = WordDiff.diff("Writes a PRD with a flowchart for an AI feature.",
                "Writes a PRD with user flows for an AI feature.");
        assertEquals(List.of(Segment.equal("Writes a PRD with "), Segment.delete("a flowchart"), Segment.insert("user flows"),
                Segment.equal(" for an AI feature.")), segments);
    }

    @Test
    void insertedWordKeepsTheRestEqual() {
        assertEquals(List.of(Segment.equal("Maps the value stream of "), Segment.insert("exactly "),
                Segment.equal("one AI product.")), WordDiff.diff("Maps the value stream of one AI product.",
                        "Maps the value stream of exactly one AI product."));
    }

    @Test
    void punctuationIsAWordOfItsOwn() {
        assertEquals(List.of(Segment.equal("value"), Segment.insert(", at scale"), Segment.equal(".")),
                WordDiff.diff("value.", "value, at scale."));
    }

    @Test
    void segmentsSpellBothTextsForAnyPair() {
        assertSpells("", "");
        assertSpells("", "new text");
        assertSpells("old text", "");
        assertSpells("a b c d e", "e d c b a");
        assertSpells("Explains how a product vision, strategy, roadmap and PRD relate.",
                "Explains how the vision, the strategy and the PRD of an AI product relate to one another.");
        assertSpells("产品管理基础素养", "产品基础");
        assertSpells("line one\nline  two", "line one line two");
    }

    @Test
    void chineseCharactersAreComparedOneByOne() {
        assertEquals(List.of(Segment.equal("产品"), Segment.insert("管理"), Segment.equal("基础")),
                WordDiff.diff("产品基础", "产品管理基础"));
    }

    @Test
    void identicalTextsAreOneEqualSegment() {
        assertEquals(List.of(Segment.equal("same words")), WordDiff.diff("same words", "same words"));
    }

    @Test
    void similarityRanksRewordingsAboveOtherTexts() {
        assertEquals(1.0, WordDiff.similarity("Runs a review.", "runs a  review."));
        assertEquals(0.0, WordDiff.similarity("alpha beta", "gamma delta"));
        double close = WordDiff.similarity("Writes a decision memo for a trade-off.", "Writes a short decision memo for a trade-off.");
        double far = WordDiff.similarity("Writes a decision memo for a trade-off.", "Presents a prioritization to stakeholders.");
        assertTrue(close > far, close + " > " + far);
    }
}
