package io.newsfold.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A validated, normalised article version, published by ingest on {@link Topics#ARTICLES_INGESTED}.
 * {@code version} starts at 1 and grows when the same article id arrives with changed content. {@code text} is the
 * cleaned story body every offset downstream refers to; {@code wireCredits} are the agencies the article credits
 * (normalised names such as "AP", "Reuters"); {@code language} is an ISO 639-1 code or "und".
 */
public record ArticleIngested(
        int schemaVersion,
        String eventId,
        String articleId,
        int version,
        String source,
        String url,
        String title,
        String text,
        Instant publishedAt,
        Instant receivedAt,
        String contentHash,
        List<String> wireCredits,
        String byline,
        String language) implements Event {

    public static final int SCHEMA_VERSION = 1;
}
