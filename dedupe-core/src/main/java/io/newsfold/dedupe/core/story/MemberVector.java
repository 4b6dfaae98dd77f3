package io.newsfold.dedupe.core.story;

/**
 * One member's term vector, normalised to unit length, as parallel arrays of term numbers (ascending) and
 * weights. Nearest-member linkage compares each article with up to sixteen members of each of up to 32 candidate
 * stories; reading the article's weights by term number does that without hashing a string per term, and holds a
 * member in a few bytes a term rather than a map entry's hundred.
 */
final class MemberVector {
    /** The norm is recomputed when the corpus has grown by this fraction since (IDF drifts slowly). */
    private static final double NORM_REFRESH_GROWTH = 0.05;

    private final int[] ids;
    private final double[] weights;
    private double cachedNorm = -1;
    private int normAtDocuments;

    private MemberVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** The member's counts, numbered by the frequencies that counted them (the clusterer counts first). */
    static MemberVector of(NumberedTerms counts) {
        int n = counts.size();
        int[] ids = counts.ids();
        double[] weights = counts.counts().clone();
        // Summed in term order, not in the map's, whose order changes from run to run: the same input must give
        // the same scores to the last bit, or a score at a threshold could fall either side.
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm += weights[i] * weights[i];
        }
        if (norm == 0) {
            return new MemberVector(new int[0], new double[0]);
        }
        double scale = 1 / Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            weights[i] *= scale;
        }
        return new MemberVector(ids, weights);
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    /** Cosine between an IDF-weighted document vector, spread out by term number, and this member. */
    double cosine(ScatteredDoc doc, DocumentFrequencies df) {
        if (doc.norm() == 0 || ids.length == 0) {
            return 0;
        }
        double[] byTerm = doc.weightsByTerm();
        double dot = 0;
        for (int j = 0; j < ids.length; j++) {
            dot += byTerm[ids[j]] * weights[j];
        }
        if (dot == 0) {
            return 0;
        }
        return dot / doc.norm() / norm(df);
    }

    /** IDF-weighted norm, refreshed only as the corpus grows, so results depend on counts alone. */
    private double norm(DocumentFrequencies df) {
        int docs = df.documents();
        if (cachedNorm < 0 || docs > normAtDocuments * (1 + NORM_REFRESH_GROWTH)) {
            double sum = 0;
            for (int k = 0; k < ids.length; k++) {
                double w = weights[k] * df.idf(ids[k]);
                sum += w * w;
            }
            cachedNorm = Math.sqrt(sum);
            normAtDocuments = docs;
        }
        return cachedNorm;
    }
}
