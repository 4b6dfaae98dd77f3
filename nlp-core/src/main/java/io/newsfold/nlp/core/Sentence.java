package io.newsfold.nlp.core;

import java.util.List;

/** A sentence as character offsets into the analysed text and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
