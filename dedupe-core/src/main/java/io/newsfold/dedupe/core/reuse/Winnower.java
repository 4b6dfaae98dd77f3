package io.newsfold.dedupe.core.reuse;

import io.newsfold.dedupe.core.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, 2003) over word k-grams: the minimum hash of every window of
 * {@code window} consecutive k-grams is kept. Any run of at least {@code k + window - 1} shared words therefore
 * shares a fingerprint, whatever surrounds it, which is what makes the index robust to chrome, truncation and
 * reordered paragraphs; and only about 2/(window+1) of the k-grams are stored.
 */
public final class Winnower {
    private final int k;
    private final int window;

    public Winnower(int k, int window) {
        if (k <= 0 || window <= 0) {
            throw new IllegalArgumentException("k and window must be positive");
        }
        this.k = k;
        this.window = window;
    }

    public int k() {
        return k;
    }

    public int window() {
        return window;
    }

    /** Shortest shared run of words that is certain to share a fingerprint. */
    public int guaranteedMatchLength() {
        return k + window - 1;
    }

    public List<Fingerprint> fingerprints(TokenizedText text) {
        return winnow(text.kgramHashes(k));
    }

    List<Fingerprint> winnow(long[] hashes) {
        List<Fingerprint> out = new ArrayList<>(hashes.length * 2 / (window + 1) + 2);
        int n = hashes.length;
        if (n == 0) {
            return out;
        }
        int w = Math.min(window, n);
        int selected = -1;
        for (int start = 0; start + w <= n; start++) {
            int min = start;
            // The rightmost minimum: when the window slides, a tie keeps the same selection, so fewer fingerprints.
            for (int i = start + 1; i < start + w; i++) {
                if (Long.compareUnsigned(hashes[i], hashes[min]) <= 0) {
                    min = i;
                }
            }
            if (min != selected) {
                selected = min;
                out.add(new Fingerprint(hashes[min], min));
            }
        }
        return out;
    }
}
