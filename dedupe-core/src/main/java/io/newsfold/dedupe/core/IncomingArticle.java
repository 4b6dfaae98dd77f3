package io.newsfold.dedupe.core;

import io.newsfold.dedupe.core.family.Provenance;
import java.time.Instant;
import java.util.List;

/**
 * An article as the dedupe pipeline receives it: text (headline included), provenance, optional entity keys, and
 * when it was received (optional).
 */
public record IncomingArticle(String id, String text, Provenance provenance, List<String> entityKeys,
                              Instant receivedAt) {

    public IncomingArticle {
        provenance = provenance == null ? Provenance.unknown() : provenance;
        entityKeys = entityKeys == null ? List.of() : List.copyOf(entityKeys);
    }

    public IncomingArticle(String id, String text, Provenance provenance, List<String> entityKeys) {
        this(id, text, provenance, entityKeys, null);
    }

    /**
     * When the article arrived, which is what the in-memory windows are measured by (they bound memory, and memory
     * fills by arrival): its reception, or without one its publication. Publication alone would leave a feed of
     * undated articles never moving the windows, and one undated article amid a backfill of old dated ones would
     * jump the clock and empty them.
     */
    public Instant arrival() {
        return receivedAt != null ? receivedAt : provenance.publishedAt();
    }

    /** When the article's story happened, which decides the stories it may join: its publication, or its arrival. */
    public Instant storyTime() {
        return provenance.publishedAt() != null ? provenance.publishedAt() : receivedAt;
    }
}
