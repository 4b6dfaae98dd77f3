package io.newsfold.dedupe.core.reuse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.fixtures.Fixtures;
import io.newsfold.dedupe.core.text.Tokenizer;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WinnowerTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final Winnower winnower = new Winnower(5, 8);

    private Set<Long> hashes(String text) {
        return winnower.fingerprints(tokenizer.tokenize(text)).stream().map(Fingerprint::hash)
                .collect(Collectors.toSet());
    }

    @Test
    void anySharedRunOfGuaranteedLengthSharesAFingerprintWhateverSurroundsIt() {
        String[] words = Fixtures.DAM_STORY.get(3).split(" ");
        int run = winnower.guaranteedMatchLength();
        for (int from = 0; from + run <= words.length; from += 3) {
            String shared = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + run));
            Set<Long> left = hashes(Fixtures.CHESS_STORY + " " + shared + " " + Fixtures.OTHER_FLOOD_STORY);
            Set<Long> right = hashes(Fixtures.OTHER_FLOOD_STORY + " and then " + shared + " finally");
            left.retainAll(right);
            assertFalse(left.isEmpty(), "run at word " + from + " must share a fingerprint");
        }
    }

    @Test
    void keepsAboutTwoInWindowPlusOneKgrams() {
        var text = tokenizer.tokenize(Fixtures.wire());
        int kgrams = text.size() - 4;
        int fingerprints = winnower.fingerprints(text).size();
        double density = (double) fingerprints / kgrams;
        assertTrue(density > 0.12 && density < 0.35, "density " + density);
    }
}
