package io.newsfold.nlp.core;

/**
 * A token with its part of speech and character offsets into the analysed text. {@code ner} is the raw CoreNLP
 * label ("O" outside entities), kept so rules can tell a date word or a person from other nouns.
 */
public record Token(String word, String pos, String ner, int start, int end) {

    public boolean isPos(String prefix) {
        return pos.startsWith(prefix);
    }
}
