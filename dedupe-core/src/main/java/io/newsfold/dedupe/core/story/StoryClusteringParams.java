package io.newsfold.dedupe.core.story;

import java.time.Duration;

/**
 * @param assignThreshold combined similarity at or above which an article joins its closest story
 * @param mergeThreshold  similarity at or above which an article also pulls a second story into the first; higher
 *                        than assignThreshold because a merge is harder to undo than an assignment
 * @param entityWeight    share of the combined similarity given to entity keys (the rest is TF-IDF text cosine)
 * @param timeWindow      an article is not compared with a story whose dated members are all further away than
 *                        this; undated articles and stories are always compared
 * @param blend           how text and entity similarity combine: a weighted mean, or a weighted geometric mean
 *                        under which an article sharing the topic's words but none of the story's names scores low
 * @param linkage         compare with the story's centroid, or with its most similar member (a story about one
 *                        event of a common kind keeps its specifics in members; a centroid blurs them)
 */
public record StoryClusteringParams(double assignThreshold, double mergeThreshold, double entityWeight,
                                    Duration timeWindow, Blend blend, Linkage linkage) {

    public enum Blend { LINEAR, GEOMETRIC }

    public enum Linkage { CENTROID, NEAREST_MEMBER }

    public StoryClusteringParams(double assignThreshold, double mergeThreshold, double entityWeight,
                                 Duration timeWindow) {
        this(assignThreshold, mergeThreshold, entityWeight, timeWindow, Blend.LINEAR, Linkage.CENTROID);
    }

    public StoryClusteringParams {
        if (entityWeight < 0 || entityWeight > 1) {
            throw new IllegalArgumentException("entityWeight must be in [0, 1]");
        }
    }

    /**
     * Chosen on half of the ECB+ dev topics (see EcbPlusEval) and checked on the other half; the time window is a
     * news-cycle default, since ECB+ has no dates.
     */
    public static StoryClusteringParams standard() {
        return new StoryClusteringParams(0.25, 0.35, 0.7, Duration.ofDays(4), Blend.LINEAR, Linkage.NEAREST_MEMBER);
    }

    /** Plain TF-IDF online centroid clustering: no entities, no merges. */
    public static StoryClusteringParams textOnly(double assignThreshold) {
        return new StoryClusteringParams(assignThreshold, Double.POSITIVE_INFINITY, 0, Duration.ofDays(3650));
    }
}
