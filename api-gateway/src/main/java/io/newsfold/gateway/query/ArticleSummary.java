package io.newsfold.gateway.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An article in a list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleSummary(String id, String title, String source, String url, String language,
        Instant publishedAt, String storyId, String familyId, String relation) {
}
