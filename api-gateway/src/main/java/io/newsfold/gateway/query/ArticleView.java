package io.newsfold.gateway.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsfold.contracts.ArticleEnriched.Span;
import java.time.Instant;
import java.util.List;

/** One article as the gateway shows it. {@code stage} says how far the latest version has got. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
        String id,
        Integer version,
        String stage,
        String source,
        String url,
        String title,
        String byline,
        String language,
        String text,
        Instant publishedAt,
        Instant receivedAt,
        String contentHash,
        List<String> wireCredits,
        List<Span> sentences,
        Integer tokenCount,
        String storyId) {
}
