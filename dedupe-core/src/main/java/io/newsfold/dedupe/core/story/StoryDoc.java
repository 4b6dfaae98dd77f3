package io.newsfold.dedupe.core.story;

import java.time.Instant;
import java.util.List;

/**
 * An article as the story clusterer sees it. {@code entityKeys} are canonical keys (e.g. resolved people, places,
 * organisations) when the NLP side has them, else empty; {@code publishedAt} may be null.
 */
public record StoryDoc(String id, String text, List<String> entityKeys, Instant publishedAt) {

    public StoryDoc {
        entityKeys = entityKeys == null ? List.of() : List.copyOf(entityKeys);
    }
}
