package io.newsfold.dedupe.core.story;

/**
 * A document's terms with IDF applied once, so scoring it against many stories does not recompute IDF. Terms are
 * ordered by their number in the frequencies, which {@link MemberVector} walks alongside its own.
 */
record WeightedVector(String[] terms, int[] ids, double[] weights, double[] idfs, double norm) {

    static WeightedVector of(NumberedTerms tf, DocumentFrequencies df) {
        int n = tf.size();
        double[] weights = new double[n];
        double[] idfs = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            idfs[i] = df.idf(tf.ids()[i]);
            weights[i] = tf.counts()[i] * idfs[i];
            norm += weights[i] * weights[i];
        }
        return new WeightedVector(tf.terms(), tf.ids(), weights, idfs, Math.sqrt(norm));
    }
}
