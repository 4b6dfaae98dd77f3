package io.newsfold.gateway.query;

import java.time.Instant;

/** One numbered change readers can watch; {@code payload} is its JSON. */
public record FeedEntry(long id, String type, String payload, Instant createdAt) {
}
