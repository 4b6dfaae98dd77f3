package io.newsfold.dedupe.core.story;

import java.util.List;

/**
 * Where an article went: its story, whether that story was created for it, the similarity that decided (0 for a
 * new story, 1 when a syndication family decided) and any merges it caused, in the order they happened.
 */
public record StoryAssignment(String articleId, String storyId, boolean newStory, double score,
                             List<StoryMerge> merges) {
}
