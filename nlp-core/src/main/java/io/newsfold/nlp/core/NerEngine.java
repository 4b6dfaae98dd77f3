package io.newsfold.nlp.core;

import java.util.List;

/** Finds named entities in a text. Implementations must be safe to call from several threads. */
public interface NerEngine {

    /** Sentences, tokens and mentions of {@code text}; all offsets index into {@code text}. */
    AnnotatedText annotate(String text);

    default List<EntityMention> find(String text) {
        return annotate(text).mentions();
    }
}
