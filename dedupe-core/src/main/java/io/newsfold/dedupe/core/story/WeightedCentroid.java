package io.newsfold.dedupe.core.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Sum of member term vectors, each normalised to unit length before adding so a long article does not outweigh
 * the others. IDF is applied at comparison time, so centroids stay valid as document frequencies move.
 */
final class WeightedCentroid {
    /** The centroid norm is recomputed when the centroid changes or the corpus has grown by this fraction. */
    private static final double NORM_REFRESH_GROWTH = 0.05;

    private final Map<String, Double> sums = new HashMap<>();
    private double cachedNorm = -1;
    private int normAtDocuments;

    void add(Map<String, Double> terms) {
        double norm = 0;
        for (double v : terms.values()) {
            norm += v * v;
        }
        if (norm == 0) {
            return;
        }
        double scale = 1 / Math.sqrt(norm);
        terms.forEach((t, v) -> sums.merge(t, v * scale, Double::sum));
        cachedNorm = -1;
    }

    void addAll(WeightedCentroid other) {
        other.sums.forEach((t, v) -> sums.merge(t, v, Double::sum));
        cachedNorm = -1;
    }

    void clear() {
        sums.clear();
        cachedNorm = -1;
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    /** Cosine between an IDF-weighted document vector and this centroid under the same weights. */
    double cosine(WeightedVector doc, DocumentFrequencies df) {
        if (doc.norm() == 0 || sums.isEmpty()) {
            return 0;
        }
        double dot = 0;
        String[] terms = doc.terms();
        double[] weights = doc.weights();
        double[] idfs = doc.idfs();
        for (int i = 0; i < terms.length; i++) {
            Double c = sums.get(terms[i]);
            if (c != null) {
                dot += weights[i] * c * idfs[i];
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / doc.norm() / norm(df);
    }

    /**
     * IDF-weighted norm. Recomputing it for every story on every article would make assignment cost grow with
     * story size; IDF drifts slowly, so a norm a few percent of the corpus old is close enough, and the refresh
     * rule depends only on counts, keeping results deterministic.
     */
    private double norm(DocumentFrequencies df) {
        int docs = df.documents();
        if (cachedNorm < 0 || docs > normAtDocuments * (1 + NORM_REFRESH_GROWTH)) {
            double sum = 0;
            for (Map.Entry<String, Double> e : sums.entrySet()) {
                double w = e.getValue() * df.idf(e.getKey());
                sum += w * w;
            }
            cachedNorm = Math.sqrt(sum);
            normAtDocuments = docs;
        }
        return cachedNorm;
    }
}
