package io.newsfold.dedupe.core.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * A document's terms with IDF applied once, so scoring it against many stories does not recompute IDF. Terms are
 * ordered by their number in the frequencies, which {@link MemberVector} walks alongside its own.
 */
record WeightedVector(String[] terms, int[] ids, double[] weights, double[] idfs, double norm) {

    static WeightedVector of(Map<String, Double> tf, DocumentFrequencies df) {
        // Ordered by term number (unseen terms, -1, first, by text), so floating-point sums are the same every run.
        // Each term's number is looked up once, not once per comparison of the sort.
        record Numbered(String term, int id) {
        }
        Numbered[] numbered = tf.keySet().stream().map(t -> new Numbered(t, df.id(t))).toArray(Numbered[]::new);
        Arrays.sort(numbered, Comparator.comparingInt(Numbered::id).thenComparing(Numbered::term));
        String[] terms = new String[numbered.length];
        int[] ids = new int[terms.length];
        double[] weights = new double[terms.length];
        double[] idfs = new double[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            terms[i] = numbered[i].term();
            ids[i] = numbered[i].id();
            idfs[i] = df.idf(ids[i]);
            weights[i] = tf.get(terms[i]) * idfs[i];
            norm += weights[i] * weights[i];
        }
        return new WeightedVector(terms, ids, weights, idfs, Math.sqrt(norm));
    }
}
