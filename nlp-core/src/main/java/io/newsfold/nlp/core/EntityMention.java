package io.newsfold.nlp.core;

/** One surface mention found by NER; {@code start}/{@code end} are character offsets into the analysed text. */
public record EntityMention(String text, EntityType type, int start, int end) {
}
