package io.newsfold.contracts;

/** Every event on a Newsfold topic carries its contract version and a unique id for idempotent consumers. */
public interface Event {

    int schemaVersion();

    String eventId();
}
