package io.newsfold.dedupe.persistence;

/**
 * An event waiting in the outbox for its channel: {@code id} orders the events as they were decided (0 for one not
 * yet stored).
 */
public record OutboxRecord(long id, String channel, String key, String value) {
}
