package io.newsfold.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A validated, normalised article version, published by ingest on {@link Topics#ARTICLES_INGESTED}.
 * {@code version} starts at 1 and grows when the same article id arrives with changed content.
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
        List<String> wireCredits) implements Event {

    public static final int SCHEMA_VERSION = 1;
}
