package io.newsfold.dedupe.core.duplicate;

import java.util.Arrays;

/** The minimum of each of n hash functions over a text's shingles; equal slots estimate Jaccard similarity. */
public record MinHashSignature(long[] values) {

    public double estimatedJaccard(MinHashSignature other) {
        if (values.length != other.values.length) {
            throw new IllegalArgumentException("signatures of different lengths");
        }
        int equal = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return values.length == 0 ? 0 : (double) equal / values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
