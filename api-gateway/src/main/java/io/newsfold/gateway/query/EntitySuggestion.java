package io.newsfold.gateway.query;

/** A canonical entity whose name starts with what the reader typed, with how often it is mentioned. */
public record EntitySuggestion(String canonical, String name, String type, long mentions) {
}
