package io.newsfold.dedupe.core.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.fixtures.Fixtures;
import io.newsfold.dedupe.core.text.TokenizedText;
import io.newsfold.dedupe.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final PassageAligner aligner = PassageAligner.standard();
    private final ReuseThresholds thresholds = ReuseThresholds.standard();

    private Alignment align(String a, String b) {
        return aligner.align(tokenizer.tokenize(a), tokenizer.tokenize(b));
    }

    @Test
    void findsATruncatedReprintInsideSiteChromeAsACopy() {
        Alignment x = align(Fixtures.truncatedReprintWithChrome(), Fixtures.wire());
        assertTrue(x.shareOfBInA() > 0.55 && x.shareOfBInA() < 0.8, "wire found in reprint: " + x.shareOfBInA());
        assertTrue(x.shareOfAInB() > 0.6, "reprint found in wire: " + x.shareOfAInB());
        assertEquals(ReuseRelation.COPY, thresholds.classify(x));
    }

    @Test
    void alignsReusedPassagesAfterParagraphReordering() {
        String reordered = Fixtures.reorderedEditedReprint();
        String wire = Fixtures.wire();
        Alignment x = align(reordered, wire);
        assertTrue(x.shareOfBInA() > 0.85, "wire found in reordered copy: " + x.shareOfBInA());
        assertTrue(x.passages().size() >= 5, "each moved paragraph is its own passage: " + x.passages().size());
        assertEquals(ReuseRelation.COPY, thresholds.classify(x));
        for (AlignedPassage p : x.passages()) {
            int aTokens = tokenizer.tokenize(reordered.substring(p.aCharStart(), p.aCharEnd())).size();
            int bTokens = tokenizer.tokenize(wire.substring(p.bCharStart(), p.bCharEnd())).size();
            assertEquals(p.aLength(), aTokens, "char range covers exactly the passage's tokens");
            assertEquals(p.bTokenEnd() - p.bTokenStart(), bTokens);
        }
        // The governor's quote paragraph is third in the wire and second in the copy: its passage says so.
        int quoteInWire = wire.indexOf("\"We are not taking");
        int quoteInCopy = reordered.indexOf("\"We are not taking");
        assertTrue(x.passages().stream().anyMatch(p -> p.bCharStart() <= quoteInWire + 1
                && p.bCharEnd() > quoteInWire + 100 && p.aCharStart() <= quoteInCopy + 1));
    }

    @Test
    void bridgesLightEditsInsideOnePassage() {
        String para = Fixtures.DAM_STORY.get(0);
        String edited = para.replace("highest", "greatest").replace("nine riverside", "nine small riverside");
        Alignment x = align(edited, para);
        assertEquals(1, x.passages().size());
        assertTrue(x.shareOfBInA() > 0.75, "share " + x.shareOfBInA());
    }

    @Test
    void reportsPartialReuseWhenTwoWireParagraphsSitInALongOriginalArticle() {
        Alignment x = align(Fixtures.analysisQuotingTwoParagraphs(), Fixtures.wire());
        assertEquals(2, x.passages().size());
        assertEquals(ReuseRelation.PARTIAL, thresholds.classify(x));
        TokenizedText analysis = tokenizer.tokenize(Fixtures.analysisQuotingTwoParagraphs());
        assertTrue(x.shareOfAInB() < 0.45 && x.aMatchedTokens() <= analysis.size());
    }

    @Test
    void findsNoReuseBetweenIndependentReportsOfTheSameEvent() {
        Alignment x = align(Fixtures.independentReportOfDam(), Fixtures.wire());
        assertEquals(ReuseRelation.NONE, thresholds.classify(x));
        assertEquals(ReuseRelation.NONE, thresholds.classify(align(Fixtures.CHESS_STORY, Fixtures.wire())));
    }
}
