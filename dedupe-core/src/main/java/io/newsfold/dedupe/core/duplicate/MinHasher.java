package io.newsfold.dedupe.core.duplicate;

import io.newsfold.dedupe.core.text.Hashing;
import io.newsfold.dedupe.core.text.TokenizedText;
import java.util.Arrays;

/**
 * MinHash over word shingles. The n hash functions are fixed seeds mixed into the shingle hash, so a signature is
 * a deterministic function of the text and can be stored and compared across restarts.
 */
public final class MinHasher {
    private final int shingleLength;
    private final long[] seeds;

    public MinHasher(int numHashes, int shingleLength) {
        if (numHashes <= 0 || shingleLength <= 0) {
            throw new IllegalArgumentException("numHashes and shingleLength must be positive");
        }
        this.shingleLength = shingleLength;
        this.seeds = new long[numHashes];
        for (int i = 0; i < numHashes; i++) {
            seeds[i] = Hashing.mix(0x51ED2701L + i * 0x9E3779B97F4A7C15L);
        }
    }

    public int numHashes() {
        return seeds.length;
    }

    public MinHashSignature signature(TokenizedText text) {
        long[] mins = new long[seeds.length];
        Arrays.fill(mins, Long.MAX_VALUE);
        // A text shorter than one shingle still needs a signature: treat it as a single shingle of all its words.
        int k = Math.max(1, Math.min(shingleLength, text.size()));
        long[] shingles = text.size() == 0 ? new long[0] : text.kgramHashes(k);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Hashing.mix(shingle ^ seeds[i]);
                if (h < mins[i]) {
                    mins[i] = h;
                }
            }
        }
        return new MinHashSignature(mins);
    }
}
