package io.newsfold.gateway.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the read model holds about one story's articles: the input of {@link StoryAssembler}. */
public record StoryMaterial(String storyId, List<Article> articles, List<EntityMention> entities, List<ClaimRow> claims) {

    /** One member article; {@code share} is the largest fraction of it found in another article. */
    public record Article(String id, String source, String url, String title, String text, Instant publishedAt,
            Instant receivedAt, List<String> wireCredits, String familyId, String relation, double share) {

        /** When the article came out: its publish time, or when it reached us. */
        public Instant seenAt() {
            return publishedAt != null ? publishedAt : receivedAt;
        }
    }

    public record EntityMention(String articleId, String text, String type, String canonical) {
    }

    public record ClaimRow(String articleId, String kind, String text, int start, String speakerName,
            String speakerCanonical, Double value, String unit, String hedge, String subject, String place,
            LocalDate date, String expression) {
    }
}
