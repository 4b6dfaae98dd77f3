package io.newsfold.dedupe.persistence;

import io.newsfold.contracts.StoryAssigned;

/** One side of a reuse link: what {@code articleId} shares with {@code reuse.articleId()}. */
public record ReuseRow(String articleId, StoryAssigned.Reuse reuse) {
}
