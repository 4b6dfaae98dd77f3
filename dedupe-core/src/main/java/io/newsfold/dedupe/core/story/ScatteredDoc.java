package io.newsfold.dedupe.core.story;

/**
 * An arriving article's IDF-weighted term vector laid out by term number (weight times IDF, the factor a member's
 * unweighted entry still needs), so that scoring it against hundreds of member vectors is one array read per member
 * term. The array is reused from article to article and only its own entries are cleared.
 */
final class ScatteredDoc {
    private double[] weightsByTerm = new double[1024];
    private int[] filled = new int[0];
    private double norm;

    /** Lays out {@code doc}, whose terms must all be counted in {@code df} (the clusterer counts them first). */
    ScatteredDoc of(WeightedVector doc, DocumentFrequencies df) {
        if (weightsByTerm.length < df.terms()) {
            weightsByTerm = new double[Math.max(df.terms(), weightsByTerm.length * 2)];
        } else {
            for (int id : filled) {
                if (id >= 0) {
                    weightsByTerm[id] = 0;
                }
            }
        }
        int[] ids = doc.ids();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0) {
                weightsByTerm[ids[i]] = doc.weights()[i] * doc.idfs()[i];
            }
        }
        filled = ids;
        norm = doc.norm();
        return this;
    }

    double[] weightsByTerm() {
        return weightsByTerm;
    }

    double norm() {
        return norm;
    }
}
