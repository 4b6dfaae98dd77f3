package io.newsfold.dedupe.persistence;

import java.time.Instant;
import java.util.List;

/** One assigned article as dedupe stored it, in the order articles were assigned ({@code seq}). */
public record StoredArticle(long seq, String articleId, int version, String source, String title, String text,
        Instant publishedAt, Instant receivedAt, List<String> wireCredits, List<String> entityKeys, String storyId,
        String duplicateOf) {
}
