package io.newsfold.gateway.query;

import java.time.Instant;
import java.util.List;

/** One story with its articles, earliest first. */
public record StoryView(String id, String headline, int articleCount, Instant createdAt, Instant updatedAt,
        List<StoryArticle> articles) {

    /** An article as a member of a story. */
    public record StoryArticle(String id, String source, String url, String title, Instant publishedAt,
            Instant receivedAt, String stage) {
    }
}
