package io.newsfold.ingest.service;

import java.time.Instant;
import java.util.List;

/**
 * A submission that passed validation, cleaned and in canonical form. {@code id} is the sender's or a derived
 * stable one; {@code contentHash} is over the cleaned text.
 */
public record NormalizedArticle(
        String id,
        String source,
        String url,
        String canonicalUrl,
        String title,
        String text,
        Instant publishedAt,
        String contentHash,
        String byline,
        String language,
        List<String> wireCredits) {
}
