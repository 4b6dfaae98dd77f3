package io.newsfold.dedupe.core;

import io.newsfold.dedupe.core.family.Provenance;
import java.time.Instant;
import java.util.List;

/**
 * An article as the dedupe pipeline receives it: text (headline included), provenance, optional entity keys, and
 * when it was received (optional), which stands in for the publication time of an undated article.
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
     * The time the windows measure this article by: its publication, or for an undated article its arrival.
     * Without the fallback a feed of undated articles never moves the windows, and nothing ever leaves them.
     */
    public Instant eventTime() {
        return provenance.publishedAt() != null ? provenance.publishedAt() : receivedAt;
    }
}
