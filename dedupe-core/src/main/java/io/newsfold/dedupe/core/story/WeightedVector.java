package io.newsfold.dedupe.core.story;

import java.util.Map;
import java.util.TreeMap;

/** A document's terms with IDF applied once, so scoring it against many stories does not recompute IDF. */
record WeightedVector(String[] terms, double[] weights, double[] idfs, double norm) {

    static WeightedVector of(Map<String, Double> tf, DocumentFrequencies df) {
        // Sorted so that floating-point sums are the same on every run.
        Map<String, Double> sorted = new TreeMap<>(tf);
        String[] terms = new String[sorted.size()];
        double[] weights = new double[terms.length];
        double[] idfs = new double[terms.length];
        double norm = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            terms[i] = e.getKey();
            idfs[i] = df.idf(e.getKey());
            weights[i] = e.getValue() * idfs[i];
            norm += weights[i] * weights[i];
            i++;
        }
        return new WeightedVector(terms, weights, idfs, Math.sqrt(norm));
    }
}
