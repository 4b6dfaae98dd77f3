package io.newsfold.dedupe.core.text;

import java.util.AbstractList;
import java.util.List;

/**
 * A text and its normalised word tokens, stored column-wise because the fingerprinting and alignment loops touch
 * only the term hashes and are run for every arriving article. Term strings are not held (sixteen bytes a token,
 * twenty-four once k-gram hashes are asked for, instead of about seventy): the few callers that need them get
 * them from the text.
 */
public final class TokenizedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final long[] termHashes;
    /**
     * The last k-gram hashes asked for: fingerprinting and alignment ask for the same k of the same text. One
     * field holding an immutable pair, so that a reader on another thread sees a k with its own hashes or nothing.
     */
    private Kgrams memo;

    private record Kgrams(int k, long[] hashes) {
    }

    TokenizedText(String text, int[] starts, int[] ends, long[] termHashes) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.termHashes = termHashes;
    }

    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public String term(int i) {
        return Tokenizer.term(text, starts[i], ends[i]);
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
                return new Token(term(i), starts[i], ends[i]);
            }

            @Override
            public int size() {
                return starts.length;
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

    /**
     * Hashes of every k-gram, index i covering tokens {@code [i, i + k)}; empty when the text is shorter than k.
     * The array is shared with later callers asking for the same k: read it, do not write it.
     */
    public long[] kgramHashes(int k) {
        Kgrams last = memo;
        if (last != null && last.k() == k) {
            return last.hashes();
        }
        int n = Math.max(0, starts.length - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = kgramHash(i, k);
        }
        memo = new Kgrams(k, out);
        return out;
    }
}
