package io.newsfold.gateway.query;

import java.time.Instant;

/** A story in a list: its headline is the title of its earliest article. */
public record StorySummary(String id, String headline, int articleCount, Instant createdAt, Instant updatedAt) {
}
