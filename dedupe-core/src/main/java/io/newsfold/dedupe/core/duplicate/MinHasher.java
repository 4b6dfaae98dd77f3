package io.newsfold.dedupe.core.duplicate;

import io.newsfold.dedupe.core.text.Hashing;
import io.newsfold.dedupe.core.text.TokenizedText;
import java.util.Arrays;

/**
 * MinHash over word shingles. The n hash functions are fixed, so a signature is a deterministic function of the
 * text and can be stored and compared across restarts.
 *
 * <p>Shingle hashes are already well mixed 64-bit values, so each function is a random odd multiplier and an
 * addend ({@code x * a + b}, a bijection on 64 bits): one multiply-add per shingle and function, where a full
 * mixing round per pair made MinHash the largest single cost of assigning an article.
 */
public final class MinHasher {
    private final int shingleLength;
    private final long[] multipliers;
    private final long[] addends;

    public MinHasher(int numHashes, int shingleLength) {
        if (numHashes <= 0 || shingleLength <= 0) {
            throw new IllegalArgumentException("numHashes and shingleLength must be positive");
        }
        this.shingleLength = shingleLength;
        this.multipliers = new long[numHashes];
        this.addends = new long[numHashes];
        for (int i = 0; i < numHashes; i++) {
            multipliers[i] = Hashing.mix(0x51ED2701L + i * 0x9E3779B97F4A7C15L) | 1;
            addends[i] = Hashing.mix(0x7A3C5E11L + i * 0x9E3779B97F4A7C15L);
        }
    }

    public int numHashes() {
        return multipliers.length;
    }

    public MinHashSignature signature(TokenizedText text) {
        long[] mins = new long[multipliers.length];
        Arrays.fill(mins, Long.MAX_VALUE);
        // A text shorter than one shingle still needs a signature: treat it as a single shingle of all its words.
        int k = Math.max(1, Math.min(shingleLength, text.size()));
        long[] shingles = text.size() == 0 ? new long[0] : text.kgramHashes(k);
        for (long shingle : shingles) {
            for (int i = 0; i < multipliers.length; i++) {
                long h = shingle * multipliers[i] + addends[i];
                if (h < mins[i]) {
                    mins[i] = h;
                }
            }
        }
        return new MinHashSignature(mins);
    }
}
