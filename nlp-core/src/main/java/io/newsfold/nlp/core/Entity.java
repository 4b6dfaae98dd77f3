package io.newsfold.nlp.core;

/**
 * A mention with its canonical key: every mention of one person, organisation or place in an article carries the
 * same key (e.g. {@code person:sergei-shoigu}), built from the fullest name so it is stable across articles.
 */
public record Entity(String text, EntityType type, String canonical, int start, int end) {
}
