package io.newsfold.dedupe.core.story;

import java.util.Map;

/** An article's weighted content terms and entity keys: what the clusterer compares, computed once. */
public record StoryFeatures(StoryDoc doc, Map<String, Double> terms, Map<String, Double> entityKeys) {

    public StoryFeatures {
        terms = Map.copyOf(terms);
        entityKeys = Map.copyOf(entityKeys);
    }

    public static StoryFeatures of(StoryDoc doc) {
        return new StoryFeatures(doc, TermCounts.ofText(doc.text()), TermCounts.ofKeys(doc.entityKeys()));
    }
}
