package io.newsfold.dedupe.core.reuse;

/**
 * Reuse found between an arriving article and an indexed one. {@code alignment} has the arriving article as A.
 */
public record ReuseLink(String articleId, String otherArticleId, ReuseRelation relation, Alignment alignment) {

    public double shareOfArticleInOther() {
        return alignment.shareOfAInB();
    }

    public double shareOfOtherInArticle() {
        return alignment.shareOfBInA();
    }
}
