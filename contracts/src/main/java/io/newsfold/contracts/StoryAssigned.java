package io.newsfold.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Dedupe's decision about one article, on {@link Topics#STORY_ASSIGNMENTS}, keyed by story id: the story it belongs
 * to and, where its text is reused, its syndication family and its reuse of other articles. Each event is the
 * article's whole standing, and dedupe publishes a new one exactly when any of it changes: a later article reuses
 * its text, the family's id or origin or the article's role in it moves, or a merge moves it to another story. A new
 * reprint of a big wire story thus republishes the few articles it is linked to, not the whole family.
 * {@code sequence} grows with every assignment dedupe makes, so a reader keeps the latest.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryAssigned(
        int schemaVersion,
        String eventId,
        String storyId,
        String articleId,
        int version,
        long sequence,
        boolean newStory,
        String reason,
        Instant assignedAt,
        String duplicateOf,
        String familyId,
        String familyOrigin,
        String relation,
        List<Reuse> reuse) implements Event {

    public static final int SCHEMA_VERSION = 1;

    public static final String ORIGIN = "origin";
    public static final String COPY = "copy";
    public static final String PARTIAL = "partial";
    public static final String INDEPENDENT = "independent";

    /**
     * Text this article shares with another: {@code share} is the fraction of this article found in the other,
     * {@code otherShare} the fraction of the other found in this one, {@code relation} this article's relation to
     * the other (copy, partial), and the aligned passages.
     */
    public record Reuse(String articleId, String relation, double share, double otherShare, List<Passage> passages) {
    }

    /** One aligned passage: [start, end) in this article's text and [otherStart, otherEnd) in the other's. */
    public record Passage(int start, int end, int otherStart, int otherEnd) {
    }
}
