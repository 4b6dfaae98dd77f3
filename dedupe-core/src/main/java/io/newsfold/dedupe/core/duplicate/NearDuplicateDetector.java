package io.newsfold.dedupe.core.duplicate;

import io.newsfold.dedupe.core.text.Hashing;
import io.newsfold.dedupe.core.text.TokenizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Level 1: identical and near-identical texts (the same wire story re-served with a changed headline or a typo).
 * LSH bands find candidates; the full signature confirms them, so the answer does not depend on which band hit.
 */
public final class NearDuplicateDetector {
    /** Three-word shingles: long enough that shared function-word runs do not look alike, short enough that one
     * edited word disturbs only three shingles. */
    public static final int SHINGLE_LENGTH = 3;
    public static final int DEFAULT_NUM_HASHES = 128;

    private final MinHasher hasher;
    private final LshBanding banding;
    private final NearDuplicateIndex index;

    public NearDuplicateDetector(double jaccardThreshold, NearDuplicateIndex index) {
        this(LshBanding.forThreshold(jaccardThreshold, DEFAULT_NUM_HASHES), index);
    }

    public NearDuplicateDetector(LshBanding banding, NearDuplicateIndex index) {
        this.banding = banding;
        this.hasher = new MinHasher(banding.numHashes(), SHINGLE_LENGTH);
        this.index = index;
    }

    public LshBanding banding() {
        return banding;
    }

    public MinHashSignature signature(TokenizedText text) {
        return hasher.signature(text);
    }

    /** Near-duplicates of {@code text} already indexed, most similar first (ties by id). */
    public List<NearDuplicate> find(MinHashSignature signature) {
        List<NearDuplicate> out = new ArrayList<>();
        for (String id : index.candidates(bandKeys(signature))) {
            double j = signature.estimatedJaccard(index.signature(id));
            if (j >= banding.threshold()) {
                out.add(new NearDuplicate(id, j));
            }
        }
        out.sort(Comparator.comparingDouble(NearDuplicate::estimatedJaccard).reversed()
                .thenComparing(NearDuplicate::articleId));
        return out;
    }

    /** Finds the near-duplicates of an arriving article and then indexes it. */
    public List<NearDuplicate> findAndAdd(String articleId, TokenizedText text) {
        return findAndAdd(articleId, signature(text));
    }

    /** As {@link #findAndAdd(String, TokenizedText)}, with the signature computed ahead, on any thread. */
    public List<NearDuplicate> findAndAdd(String articleId, MinHashSignature signature) {
        List<NearDuplicate> found = find(signature);
        index.add(articleId, bandKeys(signature), signature);
        return found;
    }

    long[] bandKeys(MinHashSignature signature) {
        long[] values = signature.values();
        long[] keys = new long[banding.bands()];
        for (int b = 0; b < banding.bands(); b++) {
            // The band number is mixed in so that equal values in different bands do not collide.
            long h = Hashing.mix(b + 1L);
            for (int r = 0; r < banding.rows(); r++) {
                h = Hashing.mix(h * 31 + values[b * banding.rows() + r]);
            }
            keys[b] = h;
        }
        return keys;
    }
}
