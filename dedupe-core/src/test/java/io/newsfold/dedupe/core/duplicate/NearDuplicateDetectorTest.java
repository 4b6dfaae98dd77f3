package io.newsfold.dedupe.core.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.fixtures.Fixtures;
import io.newsfold.dedupe.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void findsIdenticalAndNearIdenticalTextsButNotPartialReprints() {
        NearDuplicateDetector detector = new NearDuplicateDetector(0.8, new InMemoryNearDuplicateIndex());
        detector.findAndAdd("wire", tokenizer.tokenize(Fixtures.wire()));
        detector.findAndAdd("chess", tokenizer.tokenize(Fixtures.CHESS_STORY));

        List<NearDuplicate> same = detector.find(detector.signature(tokenizer.tokenize(Fixtures.wire())));
        assertEquals("wire", same.get(0).articleId());
        assertEquals(1.0, same.get(0).estimatedJaccard());

        String retitled = Fixtures.wire().replace("Varnholt opens dam spillways as reservoir hits record",
                "Dam spillways opened in Varnholt").replace("forty trucks", "40 trucks");
        List<NearDuplicate> near = detector.find(detector.signature(tokenizer.tokenize(retitled)));
        assertEquals(List.of("wire"), near.stream().map(NearDuplicate::articleId).toList());
        assertTrue(near.get(0).estimatedJaccard() >= 0.8);

        assertTrue(detector.find(detector.signature(tokenizer.tokenize(Fixtures.truncatedReprintWithChrome())))
                .isEmpty(), "a truncated reprint is reuse (level 2), not a near-duplicate");
    }

    @Test
    void choosesBandsWhoseCurveCatchesPairsAtTheThreshold() {
        LshBanding banding = LshBanding.forThreshold(0.8, 128);
        assertEquals(128, banding.numHashes());
        assertTrue(banding.candidateProbability(0.8) > 0.9, "pairs at the threshold are almost always candidates");
        assertTrue(banding.candidateProbability(0.3) < 0.05, "dissimilar pairs rarely are");
    }
}
