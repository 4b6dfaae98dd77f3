package io.newsfold.dedupe.core.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies maintained as articles arrive, so IDF weights reflect what has been seen so far and are
 * read at comparison time rather than frozen into stored vectors.
 */
public final class DocumentFrequencies {
    private final Map<String, Integer> df = new HashMap<>();
    private int documents;

    public void add(Set<String> terms) {
        documents++;
        for (String t : terms) {
            df.merge(t, 1, Integer::sum);
        }
    }

    /** Smoothed IDF: a term seen in every document still weighs a little, an unseen term the most. */
    public double idf(String term) {
        return Math.log((documents + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    public int documents() {
        return documents;
    }
}
