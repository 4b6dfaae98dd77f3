package io.newsfold.dedupe.core.story;

import java.util.Arrays;
import java.util.Map;

/**
 * An article's terms (or entity keys) with their counts and their numbers in the document frequencies, ordered by
 * number. Made once per article, right after the frequencies counted it: the candidate keys, the scored vector and
 * the member vector all start from it, so a term's string is hashed once per article rather than once for each.
 */
record NumberedTerms(String[] terms, int[] ids, double[] counts) {

    /** {@code numbers} are the counts' terms' numbers in the map's iteration order, as the frequencies gave them. */
    static NumberedTerms of(Map<String, Double> counts, int[] numbers) {
        if (numbers.length != counts.size()) {
            throw new IllegalArgumentException("one number per term");
        }
        String[] byArrival = new String[numbers.length];
        double[] countByArrival = new double[numbers.length];
        long[] packed = new long[numbers.length];
        int n = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            byArrival[n] = e.getKey();
            countByArrival[n] = e.getValue();
            packed[n] = ((long) numbers[n] << 32) | n;
            n++;
        }
        // By term number: sums over these arrays then run in the same order every run, to the last bit.
        Arrays.sort(packed);
        String[] terms = new String[n];
        int[] ids = new int[n];
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            int at = (int) packed[i];
            terms[i] = byArrival[at];
            ids[i] = (int) (packed[i] >>> 32);
            sorted[i] = countByArrival[at];
        }
        return new NumberedTerms(terms, ids, sorted);
    }

    int size() {
        return ids.length;
    }
}
