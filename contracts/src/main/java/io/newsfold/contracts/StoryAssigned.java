package io.newsfold.contracts;

import java.time.Instant;

/** Dedupe's decision that an article belongs to a story, on {@link Topics#STORY_ASSIGNMENTS}, keyed by story id. */
public record StoryAssigned(
        int schemaVersion,
        String eventId,
        String storyId,
        String articleId,
        int version,
        boolean newStory,
        String reason,
        Instant assignedAt) implements Event {

    public static final int SCHEMA_VERSION = 1;
}
