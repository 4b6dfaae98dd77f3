package io.newsfold.gateway.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One story as readers need it: its sources with their relations, its entities with counts per source, its claims
 * merged across sources, and the points where sources disagree.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergedStory(
        String id,
        String headline,
        String lead,
        Instant from,
        Instant to,
        int articleCount,
        List<Source> sources,
        List<Entity> entities,
        List<Claim> claims,
        List<Disagreement> disagreements) {

    /** One article of the story with its outlet and its relation (origin, copy, partial, independent). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String articleId, String outlet, String url, String title, Instant publishedAt,
            List<String> wireCredits, String familyId, String relation, double reuseShare) {
    }

    /** An entity by canonical key, with how often each outlet mentions it. */
    public record Entity(String canonical, String name, String type, int mentions, Map<String, Integer> perSource) {
    }

    /** Who said it, as named in the story. */
    public record Speaker(String name, String canonical) {
    }

    /** Where a claim was first seen. */
    public record FirstSeen(String articleId, String outlet, Instant at) {
    }

    /** One article carrying a claim or a value, with its outlet. */
    public record Carrier(String articleId, String outlet) {
    }

    /** One wording of a claim and the articles that use it. */
    public record Variant(String text, List<Carrier> sources) {
    }

    /** A quote or attribution, merged across every source that carries it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Claim(String kind, String text, Speaker speaker, FirstSeen firstSeen, List<Carrier> sources,
            List<Variant> variants) {
    }

    /** One side of a disagreement: a value (or date) with its hedge and the sources that give it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Position(Double value, LocalDate date, String hedge, String text, List<Carrier> sources) {
    }

    /** Numeric claims about the same thing, or dates of the same event, that differ between sources. */
    public record Disagreement(String kind, String about, List<Position> positions) {
    }
}
