package io.newsfold.contracts;

import java.util.List;

/**
 * The NLP result for one article version, on {@link Topics#ARTICLES_ENRICHED}. Offsets are character offsets into
 * the cleaned text of the {@link ArticleIngested} event it was made from; it repeats what later stages need of that
 * event so they do not have to join topics.
 */
public record ArticleEnriched(
        int schemaVersion,
        String eventId,
        String articleId,
        int version,
        String source,
        String contentHash,
        List<Span> sentences,
        int tokenCount) implements Event {

    public static final int SCHEMA_VERSION = 1;

    /** A half-open character range [start, end) of the cleaned text. */
    public record Span(int start, int end) {
    }
}
