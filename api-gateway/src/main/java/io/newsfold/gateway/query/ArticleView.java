package io.newsfold.gateway.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsfold.contracts.ArticleEnriched.Claim;
import io.newsfold.contracts.ArticleEnriched.Entity;
import io.newsfold.contracts.ArticleEnriched.Span;
import io.newsfold.contracts.StoryAssigned.Passage;
import java.time.Instant;
import java.util.List;

/**
 * One article as the gateway shows it. {@code stage} says how far the latest version has got; offsets of
 * sentences, entities, claims and passages index into {@code text}.
 */
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
        String storyId,
        String familyId,
        String familyOrigin,
        String relation,
        String duplicateOf,
        List<Relation> relations,
        List<Entity> entities,
        List<Claim> claims) {

    /**
     * This article's text reuse with another: {@code share} is the fraction of this article found in the other;
     * {@code passages} are the aligned ranges (here and there).
     */
    public record Relation(String articleId, String relation, double share, double otherShare,
            List<Passage> passages) {
    }
}
