package io.newsfold.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The NLP result for one article version, on {@link Topics#ARTICLES_ENRICHED}. Offsets are character offsets into
 * the cleaned text of the {@link ArticleIngested} event it was made from; it repeats what later stages need of that
 * event (source, publish time, credits, text) so they do not have to join topics.
 */
public record ArticleEnriched(
        int schemaVersion,
        String eventId,
        String articleId,
        int version,
        String source,
        String title,
        String text,
        java.time.Instant publishedAt,
        /** When ingest received the version: the time of an undated article, e.g. for dedupe's windows. */
        java.time.Instant receivedAt,
        List<String> wireCredits,
        String contentHash,
        List<Span> sentences,
        int tokenCount,
        List<Entity> entities,
        List<Claim> claims) implements Event {

    public static final int SCHEMA_VERSION = 1;

    /** A half-open character range [start, end) of the cleaned text. */
    public record Span(int start, int end) {
    }

    /**
     * A named entity mention. {@code canonical} is the key shared by every mention of the same entity in any
     * article, e.g. {@code person:sergei-shoigu}; {@code type} is PERSON, ORGANIZATION, LOCATION or MISC.
     */
    public record Entity(String text, String type, String canonical, int start, int end) {
    }

    /** Who a claim is attributed to: the canonical name and the mention in this text that names them. */
    public record Speaker(String name, String canonical, int start, int end) {
    }

    /**
     * Something an article states: a direct {@code quote} or an indirect {@code attribution} with its speaker, a
     * {@code number} (value normalised, with hedge, counted thing and place), or a {@code date} resolved against
     * the article's publish time. Fields that do not apply to a kind are null.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Claim(
            String kind,
            String text,
            int start,
            int end,
            Speaker speaker,
            Double value,
            String unit,
            String hedge,
            String subject,
            String place,
            LocalDate date,
            String expression) {

        public static final String QUOTE = "quote";
        public static final String ATTRIBUTION = "attribution";
        public static final String NUMBER = "number";
        public static final String DATE = "date";
    }
}
