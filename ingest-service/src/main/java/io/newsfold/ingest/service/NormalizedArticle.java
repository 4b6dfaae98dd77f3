package io.newsfold.ingest.service;

import java.time.Instant;

/** A submission that passed validation, in canonical form. {@code id} is the sender's or a derived stable one. */
public record NormalizedArticle(
        String id,
        String source,
        String url,
        String canonicalUrl,
        String title,
        String text,
        Instant publishedAt,
        String contentHash) {
}
