package io.newsfold.dedupe.core.duplicate;

/** An indexed article whose estimated Jaccard similarity with the probe reached the threshold. */
public record NearDuplicate(String articleId, double estimatedJaccard) {
}
