package io.newsfold.dedupe.core.text;

import java.util.AbstractList;
import java.util.List;

/**
 * A text and its normalised word tokens, stored column-wise because the fingerprinting and alignment loops touch
 * only the term hashes and are run for every arriving article.
 */
public final class TokenizedText {
    private final String text;
    private final String[] terms;
    private final int[] starts;
    private final int[] ends;
    private final long[] termHashes;

    TokenizedText(String text, String[] terms, int[] starts, int[] ends) {
        this.text = text;
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.termHashes = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            termHashes[i] = Hashing.ofString(terms[i]);
        }
    }

    public String text() {
        return text;
    }

    public int size() {
        return terms.length;
    }

    public String term(int i) {
        return terms[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public long termHash(int i) {
        return termHashes[i];
    }

    /** Char offset where token {@code from} starts, for turning a token range into a char range. */
    public int charStart(int fromToken) {
        return starts[fromToken];
    }

    /** Char offset just past token {@code toExclusive - 1}. */
    public int charEnd(int toTokenExclusive) {
        return ends[toTokenExclusive - 1];
    }

    public List<Token> tokens() {
        return new AbstractList<>() {
            @Override
            public Token get(int i) {
                return new Token(terms[i], starts[i], ends[i]);
            }

            @Override
            public int size() {
                return terms.length;
            }
        };
    }

    /**
     * Hash of the {@code k} tokens starting at {@code from}; order-sensitive so that "a b" and "b a" differ.
     */
    public long kgramHash(int from, int k) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < from + k; i++) {
            h = Hashing.mix(h * 31 + termHashes[i]);
        }
        return h;
    }

    /** Hashes of every k-gram, index i covering tokens {@code [i, i + k)}; empty when the text is shorter than k. */
    public long[] kgramHashes(int k) {
        int n = terms.length - k + 1;
        if (n <= 0) {
            return new long[0];
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = kgramHash(i, k);
        }
        return out;
    }
}
