package io.newsfold.dedupe.core.story;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document frequencies maintained as articles arrive, so IDF weights reflect what has been seen so far and are
 * read at comparison time rather than frozen into stored vectors. Each term gets a number the first time it is
 * seen, so that vectors compared many times per article can hold numbers and IDF is an array read, not a hash
 * look-up of a string.
 */
public final class DocumentFrequencies {
    /**
     * Written by the one counting thread only; {@link #known} reads it from any thread. Everything else here (the
     * counts, IDF) belongs to the counting thread.
     */
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private int numbered;
    private int[] counts = new int[1024];
    /** ln(df + 1) per term, kept as counts change: IDF is read for every term of hundreds of vectors per article. */
    private double[] logCounts = new double[1024];
    private int documents;
    private double logDocuments = Math.log(1);

    /**
     * The numbers of the terms seen so far, -1 for the others. Safe on any thread while another counts, so that
     * the look-ups can run ahead of counting: a number, once given, never changes, so a number found early is the
     * one counting would find.
     */
    int[] known(Set<String> terms) {
        int[] numbers = new int[terms.size()];
        int n = 0;
        for (String t : terms) {
            numbers[n++] = ids.getOrDefault(t, -1);
        }
        return numbers;
    }

    /** Counts one document's distinct terms; returns their numbers, in the order given. */
    public int[] add(Set<String> terms) {
        return add(terms, null);
    }

    /** As {@link #add(Set)}, with numbers looked up ahead by {@link #known} (null: none). */
    int[] add(Set<String> terms, int[] known) {
        if (known != null && known.length != terms.size()) {
            throw new IllegalArgumentException("numbers of other terms");
        }
        documents++;
        logDocuments = Math.log(documents + 1.0);
        int[] numbers = new int[terms.size()];
        int n = 0;
        for (String t : terms) {
            int id = known != null && known[n] >= 0 ? known[n] : number(t);
            if (id >= counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
                logCounts = Arrays.copyOf(logCounts, counts.length);
            }
            counts[id]++;
            logCounts[id] = Math.log(counts[id] + 1.0);
            numbers[n++] = id;
        }
        return numbers;
    }

    private int number(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        ids.put(term, numbered);
        return numbered++;
    }

    /** How many distinct terms have been seen; term numbers run from 0 to this, exclusive. */
    int terms() {
        return numbered;
    }

    /** The term's number, or -1 for a term never seen. */
    int id(String term) {
        return ids.getOrDefault(term, -1);
    }

    /** Smoothed IDF: a term seen in every document still weighs a little, an unseen term the most. */
    public double idf(String term) {
        return idf(id(term));
    }

    /** As {@link #idf(String)}, by the term's number (-1: never seen). */
    double idf(int id) {
        return logDocuments - (id < 0 ? 0 : logCounts[id]) + 1.0;
    }

    public int documents() {
        return documents;
    }
}
