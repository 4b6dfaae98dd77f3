package io.newsfold.dedupe.core.reuse;

import java.util.List;

/**
 * The passages two articles share, in A's order, and how much of each is covered: {@code shareOfAInB} is the
 * fraction of A's tokens matched somewhere in B, and the other way round. {@code aMatchedSpan} is the number of A's
 * tokens from its first matched token to its last, so chrome before and after the article body can be discounted.
 */
public record Alignment(List<AlignedPassage> passages, int aTokens, int bTokens, int aMatchedTokens,
                        int bMatchedTokens, int aMatchedSpan, int bMatchedSpan) {

    /** Share of A's tokens matched within the stretch of A that has matches at all. */
    public double denseShareOfA() {
        return aMatchedSpan == 0 ? 0 : (double) aMatchedTokens / aMatchedSpan;
    }

    public double denseShareOfB() {
        return bMatchedSpan == 0 ? 0 : (double) bMatchedTokens / bMatchedSpan;
    }

    public double shareOfAInB() {
        return aTokens == 0 ? 0 : (double) aMatchedTokens / aTokens;
    }

    public double shareOfBInA() {
        return bTokens == 0 ? 0 : (double) bMatchedTokens / bTokens;
    }

    /** Matched tokens on the side with fewer matches: bytes of actual shared text, not inflated by repeats. */
    public int alignedTokens() {
        return Math.min(aMatchedTokens, bMatchedTokens);
    }
}
