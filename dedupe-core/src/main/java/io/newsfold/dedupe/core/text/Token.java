package io.newsfold.dedupe.core.text;

/**
 * One normalised word and where it came from: {@code [start, end)} are char offsets into the original text, so a
 * match found on normalised words can be shown on the text the reader saw.
 */
public record Token(String term, int start, int end) {
}
