package io.newsfold.dedupe.core.story;

import io.newsfold.dedupe.core.text.TokenizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An article's weighted content terms and entity keys: what the clusterer compares, computed once. */
public record StoryFeatures(StoryDoc doc, Map<String, Double> terms, Map<String, Double> entityKeys) {

    /**
     * Copies keep the given order. Term numbers are handed out in this order as articles arrive, and sums run in
     * term-number order, so an order that changes from run to run (as {@code Map.copyOf}'s does) would change
     * scores in their last bits, and a score at a threshold could then fall either side.
     */
    public StoryFeatures {
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        entityKeys = Collections.unmodifiableMap(new LinkedHashMap<>(entityKeys));
    }

    public static StoryFeatures of(StoryDoc doc) {
        return new StoryFeatures(doc, TermCounts.ofText(doc.text()), TermCounts.ofKeys(doc.entityKeys()));
    }

    /** As {@link #of(StoryDoc)}, from the tokens of the doc's text that the caller already has. */
    public static StoryFeatures of(StoryDoc doc, TokenizedText tokens) {
        if (!tokens.text().equals(doc.text())) {
            throw new IllegalArgumentException("tokens of another text");
        }
        return new StoryFeatures(doc, TermCounts.ofTokens(tokens), TermCounts.ofKeys(doc.entityKeys()));
    }
}
