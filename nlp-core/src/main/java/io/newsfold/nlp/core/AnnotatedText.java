package io.newsfold.nlp.core;

import java.util.List;

/**
 * Everything one NER pass yields: sentences with tokens and POS, and the entity mentions. Claim rules reuse the
 * tokens so the text is annotated only once.
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<EntityMention> mentions) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
