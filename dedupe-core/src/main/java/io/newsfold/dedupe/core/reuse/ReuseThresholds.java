package io.newsfold.dedupe.core.reuse;

/**
 * When an alignment counts as reuse.
 *
 * <ul>
 *   <li>{@code copyShare} 0.8 of the smaller article matched: light edits (a changed word every sentence or two,
 *   a corrected name, a re-worded lead) cost a reprint 5–15% of its matched tokens with five-word seeds, while an
 *   article that adds its own paragraphs to wire copy rarely keeps 80% wire text.</li>
 *   <li>{@code partialShare} 0.2 of either article matched, with at least {@code minTokensForShare} tokens so a
 *   three-line brief does not qualify by one shared sentence: a fifth of an article is several paragraphs of
 *   someone else's text, far above what independent reports share (stock phrases, one quote).</li>
 *   <li>{@code partialTokens} 60 matched tokens in any proportion: about two news paragraphs. A long article that
 *   carries two paragraphs of wire copy is reuse even though they are a small share of it; one quoted sentence
 *   (typically 15–35 words), which independent reports of the same press conference do share, stays below.</li>
 * </ul>
 *
 * These are properties of how news is written and edited, not of any sample set.
 */
public record ReuseThresholds(double copyShare, double partialShare, int minTokensForShare, int partialTokens) {

    public static ReuseThresholds standard() {
        return new ReuseThresholds(0.8, 0.2, 20, 60);
    }

    /**
     * Chrome (menus, share buttons, "most read" lists, legal lines) sits before and after the body, and on a short
     * story it can be a third of the page. A side whose matched stretch is almost entirely matched and is at least
     * half of the side is the same body text with a frame around it; an article carrying a few wire paragraphs
     * among its own has unmatched text inside that stretch and does not qualify.
     */
    private boolean isCopyInsideChrome(Alignment a) {
        boolean aSide = a.denseShareOfA() >= DENSE_COPY_SHARE && a.shareOfAInB() >= MIN_BODY_SHARE;
        boolean bSide = a.denseShareOfB() >= DENSE_COPY_SHARE && a.shareOfBInA() >= MIN_BODY_SHARE;
        return aSide || bSide;
    }

    private static final double DENSE_COPY_SHARE = 0.9;
    private static final double MIN_BODY_SHARE = 0.5;

    public ReuseRelation classify(Alignment alignment) {
        int aligned = alignment.alignedTokens();
        if (aligned == 0) {
            return ReuseRelation.NONE;
        }
        double smallerShare = alignment.aTokens() <= alignment.bTokens()
                ? alignment.shareOfAInB() : alignment.shareOfBInA();
        double largerShare = Math.max(alignment.shareOfAInB(), alignment.shareOfBInA());
        if (aligned >= minTokensForShare && (smallerShare >= copyShare || isCopyInsideChrome(alignment))) {
            return ReuseRelation.COPY;
        }
        if ((aligned >= minTokensForShare && largerShare >= partialShare) || aligned >= partialTokens) {
            return ReuseRelation.PARTIAL;
        }
        return ReuseRelation.NONE;
    }
}
