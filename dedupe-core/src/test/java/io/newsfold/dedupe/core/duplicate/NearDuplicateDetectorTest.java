package io.newsfold.dedupe.core.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.bench.SyndicatedCorpus;
import io.newsfold.dedupe.core.fixtures.Fixtures;
import io.newsfold.dedupe.core.text.TokenizedText;
import io.newsfold.dedupe.core.text.Tokenizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
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

    @Test
    void estimatesJaccardOfShingleSetsWithinSamplingError() {
        // Pairs from a fixed corpus: reprints of one wire text at every edit level, so true Jaccard spans 0 to 1.
        SyndicatedCorpus corpus = new SyndicatedCorpus(3, 0.5, 1000);
        MinHasher hasher = new MinHasher(128, NearDuplicateDetector.SHINGLE_LENGTH);
        List<TokenizedText> texts = IntStream.range(0, 200).mapToObj(i -> tokenizer.tokenize(corpus.text(i))).toList();
        List<Set<Long>> shingles = texts.stream().map(t -> LongStream.of(
                t.kgramHashes(NearDuplicateDetector.SHINGLE_LENGTH)).boxed().collect(Collectors.toSet())).toList();
        List<MinHashSignature> signatures = texts.stream().map(hasher::signature).toList();
        double squaredError = 0;
        int pairs = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < i; j++) {
                double exact = exactJaccard(shingles.get(i), shingles.get(j));
                if (exact < 0.05 && (i + j) % 50 != 0) {
                    continue;
                }
                double estimated = signatures.get(i).estimatedJaccard(signatures.get(j));
                squaredError += (estimated - exact) * (estimated - exact);
                pairs++;
            }
        }
        double rmse = Math.sqrt(squaredError / pairs);
        // 128 independent functions give a standard error of at most sqrt(0.25 / 128) = 0.044 per pair.
        assertTrue(pairs > 100, "pairs compared: " + pairs);
        assertTrue(rmse < 0.044, "root mean squared error " + rmse + " over " + pairs + " pairs");
    }

    private static double exactJaccard(Set<Long> a, Set<Long> b) {
        long shared = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - shared;
        return union == 0 ? 0 : shared / (double) union;
    }
}
