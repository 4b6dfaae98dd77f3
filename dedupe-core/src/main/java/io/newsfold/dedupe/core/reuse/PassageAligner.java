package io.newsfold.dedupe.core.reuse;

import io.newsfold.dedupe.core.text.TokenizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the passages two texts share, on every word k-gram rather than the winnowed sample, so coverage is exact.
 *
 * <p>Shared k-grams on the same diagonal (same offset between the texts) form runs; runs are chained into a passage
 * when both texts skip at most {@code maxGapTokens} words between them, which bridges a changed word, an inserted
 * clause or a swapped name. Chaining happens per passage, not per text, so reordered paragraphs simply become
 * separate passages. Passages shorter than {@code minPassageTokens} are dropped: two unrelated reports share stock
 * phrases ("said in a statement on Monday") but not many words in a row.
 */
public final class PassageAligner {
    /** Beyond this many occurrences in B, a k-gram is repeated boilerplate and is not used as a seed. */
    private static final int MAX_OCCURRENCES = 8;

    private final int k;
    private final int maxGapTokens;
    private final int minPassageTokens;

    public PassageAligner(int k, int maxGapTokens, int minPassageTokens) {
        this.k = k;
        this.maxGapTokens = maxGapTokens;
        this.minPassageTokens = minPassageTokens;
    }

    /** Five-word seeds, gaps of up to eight words bridged, passages of at least ten words. */
    public static PassageAligner standard() {
        return new PassageAligner(5, 8, 10);
    }

    public Alignment align(TokenizedText a, TokenizedText b) {
        long[] ha = a.kgramHashes(k);
        long[] hb = b.kgramHashes(k);
        List<Run> runs = runs(ha, new Positions(hb));
        List<Chain> chains = chain(runs);
        BitSet coveredA = new BitSet(a.size());
        BitSet coveredB = new BitSet(b.size());
        List<AlignedPassage> passages = new ArrayList<>();
        for (Chain c : chains) {
            if (c.aEnd - c.aStart < minPassageTokens) {
                continue;
            }
            BitSet passageA = new BitSet();
            for (Run r : c.runs) {
                passageA.set(r.aStart, r.aStart + r.length);
                coveredA.set(r.aStart, r.aStart + r.length);
                coveredB.set(r.bStart, r.bStart + r.length);
            }
            passages.add(new AlignedPassage(c.aStart, c.aEnd, c.bStart, c.bEnd,
                    a.charStart(c.aStart), a.charEnd(c.aEnd), b.charStart(c.bStart), b.charEnd(c.bEnd),
                    passageA.cardinality()));
        }
        return new Alignment(List.copyOf(passages), a.size(), b.size(), coveredA.cardinality(),
                coveredB.cardinality(), span(coveredA), span(coveredB));
    }

    private static int span(BitSet covered) {
        return covered.isEmpty() ? 0 : covered.length() - covered.nextSetBit(0);
    }

    /** A maximal diagonal run of shared k-grams, as the token span it covers in each text. */
    private record Run(int aStart, int bStart, int length) {
    }

    private static final class Chain {
        final List<Run> runs = new ArrayList<>();
        int aStart;
        int aEnd;
        int bStart;
        int bEnd;

        Chain(Run r) {
            runs.add(r);
            aStart = r.aStart;
            aEnd = r.aStart + r.length;
            bStart = r.bStart;
            bEnd = r.bStart + r.length;
        }

        void append(Run r) {
            runs.add(r);
            aEnd = Math.max(aEnd, r.aStart + r.length);
            bEnd = Math.max(bEnd, r.bStart + r.length);
        }
    }

    /**
     * Where each k-gram of B occurs: an open-addressing table of hashes, each slot heading a chain of positions
     * through {@code next}. Aligning is done for every candidate of every article, and a boxed map of this was
     * most of the aligner's time.
     */
    private static final class Positions {
        private final long[] keys;
        private final int[] first;
        private final int[] count;
        private final int[] next;
        private final int mask;

        Positions(long[] hb) {
            int capacity = Integer.highestOneBit(Math.max(16, hb.length * 2) - 1) << 1;
            keys = new long[capacity];
            first = new int[capacity];
            count = new int[capacity];
            next = new int[hb.length];
            mask = capacity - 1;
            // Filled from the end so that each chain lists its positions in ascending order.
            for (int j = hb.length - 1; j >= 0; j--) {
                int slot = slot(hb[j]);
                if (count[slot] == 0) {
                    keys[slot] = hb[j];
                    next[j] = -1;
                } else {
                    next[j] = first[slot];
                }
                first[slot] = j;
                count[slot]++;
            }
        }

        private int slot(long hash) {
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (count[slot] != 0 && keys[slot] != hash) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** The slot of a hash present in B, or -1. */
        int find(long hash) {
            int slot = slot(hash);
            return count[slot] == 0 ? -1 : slot;
        }
    }

    private List<Run> runs(long[] ha, Positions positionsInB) {
        // Seeds encoded as (diagonal, i) so that sorting groups each diagonal in A order.
        long[] seeds = new long[Math.max(16, ha.length)];
        int n = 0;
        for (int i = 0; i < ha.length; i++) {
            int slot = positionsInB.find(ha[i]);
            if (slot < 0 || positionsInB.count[slot] > MAX_OCCURRENCES) {
                continue;
            }
            for (int j = positionsInB.first[slot]; j >= 0; j = positionsInB.next[j]) {
                if (n == seeds.length) {
                    seeds = Arrays.copyOf(seeds, n * 2);
                }
                long diagonal = (long) j - i + Integer.MAX_VALUE;
                seeds[n++] = (diagonal << 32) | i;
            }
        }
        Arrays.sort(seeds, 0, n);
        List<Run> runs = new ArrayList<>();
        int s = 0;
        while (s < n) {
            long diagonal = seeds[s] >>> 32;
            int first = (int) seeds[s];
            int last = first;
            int e = s + 1;
            while (e < n && (seeds[e] >>> 32) == diagonal && (int) seeds[e] == last + 1) {
                last = (int) seeds[e];
                e++;
            }
            int bFirst = (int) (diagonal - Integer.MAX_VALUE) + first;
            runs.add(new Run(first, bFirst, last - first + k));
            s = e;
        }
        runs.sort((x, y) -> x.aStart != y.aStart ? Integer.compare(x.aStart, y.aStart)
                : Integer.compare(x.bStart, y.bStart));
        return runs;
    }

    private List<Chain> chain(List<Run> runs) {
        List<Chain> chains = new ArrayList<>();
        for (Run r : runs) {
            Chain best = null;
            int bestGap = Integer.MAX_VALUE;
            for (int c = chains.size() - 1; c >= 0; c--) {
                Chain chain = chains.get(c);
                if (r.aStart - chain.aEnd > maxGapTokens) {
                    continue;
                }
                int gapA = r.aStart - chain.aEnd;
                int gapB = r.bStart - chain.bEnd;
                // Overlap up to k - 1 happens when one word differs inside a run; more means another pairing.
                if (gapA < -(k - 1) || gapB < -(k - 1) || gapB > maxGapTokens) {
                    continue;
                }
                if (r.bStart < chain.bStart) {
                    continue;
                }
                int gap = Math.max(gapA, 0) + Math.max(gapB, 0) + Math.abs(gapA - gapB);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = chain;
                }
            }
            if (best == null) {
                chains.add(new Chain(r));
            } else {
                best.append(r);
            }
        }
        return chains;
    }
}
