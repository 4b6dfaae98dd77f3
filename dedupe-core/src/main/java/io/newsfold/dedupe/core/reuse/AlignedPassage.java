package io.newsfold.dedupe.core.reuse;

/**
 * A stretch of text found in both articles. Token ranges are half-open indexes into each article's tokens; char
 * ranges are half-open offsets into each original text. {@code matchedTokens} counts the tokens of A inside the
 * passage that are actually matched (the rest are light edits the passage bridged).
 */
public record AlignedPassage(int aTokenStart, int aTokenEnd, int bTokenStart, int bTokenEnd,
                             int aCharStart, int aCharEnd, int bCharStart, int bCharEnd, int matchedTokens) {

    public int aLength() {
        return aTokenEnd - aTokenStart;
    }
}
