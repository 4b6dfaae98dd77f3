package io.newsfold.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Two stories turned out to be one (a later article bridged them): {@code absorbedStoryId} is folded into
 * {@code storyId}, on {@link Topics#STORY_MERGES} keyed by the surviving story id. The moved articles' new
 * assignments follow on {@link Topics#STORY_ASSIGNMENTS}; this event lets readers follow the old story's id.
 */
public record StoryMerged(
        int schemaVersion,
        String eventId,
        String storyId,
        String absorbedStoryId,
        List<String> movedArticleIds,
        String bridgingArticleId,
        Instant mergedAt) implements Event {

    public static final int SCHEMA_VERSION = 1;
}
