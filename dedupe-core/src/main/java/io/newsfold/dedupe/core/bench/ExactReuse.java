package io.newsfold.dedupe.core.bench;

import io.newsfold.dedupe.core.text.TokenizedText;
import io.newsfold.dedupe.core.text.Tokenizer;
import java.util.Arrays;

/**
 * The ground truth the index is measured against: sets of 8-word shingles compared pair by pair, with no index and
 * no sampling. Containment of a pair is the larger of |A∩B|/|A| and |A∩B|/|B|.
 */
final class ExactReuse {
    static final int SHINGLE = 8;
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private ExactReuse() {
    }

    static long[] shingles(String text) {
        TokenizedText t = TOKENIZER.tokenize(text);
        long[] s = t.kgramHashes(SHINGLE).clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        return Arrays.copyOf(s, n);
    }

    static double containment(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.max((double) common / a.length, (double) common / b.length);
    }
}
