package io.newsfold.dedupe.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.duplicate.InMemoryNearDuplicateIndex;
import io.newsfold.dedupe.core.family.Provenance;
import io.newsfold.dedupe.core.fixtures.Fixtures;
import io.newsfold.dedupe.core.reuse.InMemoryArticleTextStore;
import io.newsfold.dedupe.core.reuse.InMemoryFingerprintIndex;
import io.newsfold.dedupe.core.reuse.ReuseSettings;
import io.newsfold.dedupe.core.story.CapitalisedWordKeys;
import io.newsfold.dedupe.core.story.StoryClusteringParams;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DedupePipelineWindowTest {

    private static final Instant T0 = Instant.parse("2031-05-01T06:00:00Z");

    private final InMemoryNearDuplicateIndex nearDuplicates = new InMemoryNearDuplicateIndex();
    private final InMemoryArticleTextStore texts = new InMemoryArticleTextStore();
    private final DedupePipeline pipeline = new DedupePipeline(nearDuplicates, 0.8, new InMemoryFingerprintIndex(),
            texts, ReuseSettings.standard().withIndexWindow(Duration.ofDays(1)), StoryClusteringParams.standard());

    private DedupeOutcome arrive(String id, String text, Instant publishedAt) {
        return arrive(id, text, publishedAt, null);
    }

    private DedupeOutcome arrive(String id, String text, Instant publishedAt, Instant receivedAt) {
        DedupeOutcome outcome = pipeline.process(new IncomingArticle(id, text,
                new Provenance(java.util.List.of(), "Outlet " + id, publishedAt), CapitalisedWordKeys.of(text),
                receivedAt));
        texts.put(id, text);
        return outcome;
    }

    @Test
    void keepsTheTextOfACandidateJustPastTheWindowForTheArticleThatFoundIt() {
        arrive("wire", Fixtures.wire(), T0);
        // Found through the reuse index as it stood before this article moved the clock a window on.
        DedupeOutcome copy = arrive("copy", Fixtures.wire(), T0.plus(Duration.ofHours(25)));
        assertFalse(copy.reuse().isEmpty());
        assertTrue(texts.text("wire").isPresent(), "the service still needs it to place the link's passages");
    }

    @Test
    void findsACopyWithinTheWindow() {
        arrive("wire", Fixtures.wire(), T0);
        DedupeOutcome copy = arrive("copy", Fixtures.wire(), T0.plus(Duration.ofHours(6)));
        assertFalse(copy.nearDuplicates().isEmpty());
        assertFalse(copy.reuse().isEmpty());
    }

    @Test
    void forgetsSignaturesAndTextsOfArticlesThatLeftTheWindow() {
        arrive("wire", Fixtures.wire(), T0);
        arrive("other", Fixtures.CHESS_STORY, T0.plus(Duration.ofHours(30)));

        assertEquals(1, nearDuplicates.size(), "only the article inside the window is findable");
        assertEquals(1, pipeline.articlesInWindow());

        DedupeOutcome late = arrive("late-copy", Fixtures.wire(), T0.plus(Duration.ofHours(31)));
        assertTrue(late.nearDuplicates().isEmpty(), "a copy arriving after the window finds nothing to copy");
        assertTrue(late.reuse().isEmpty());
        assertTrue(texts.text("wire").isEmpty(), "the old text is dropped, one article behind the index");
    }

    @Test
    void placesUndatedArticlesInTheWindowByTheirArrival() {
        arrive("wire", Fixtures.wire(), null, T0);
        DedupeOutcome copy = arrive("copy", Fixtures.wire(), null, T0.plus(Duration.ofHours(6)));
        assertFalse(copy.nearDuplicates().isEmpty(), "received within the window: still findable");

        arrive("other", Fixtures.CHESS_STORY, null, T0.plus(Duration.ofHours(40)));
        assertEquals(1, nearDuplicates.size(), "an undated feed moves the window too, so old articles leave it");
        DedupeOutcome late = arrive("late-copy", Fixtures.wire(), null, T0.plus(Duration.ofHours(41)));
        assertTrue(late.nearDuplicates().isEmpty());
        assertTrue(late.reuse().isEmpty());
        assertTrue(texts.text("wire").isEmpty());
    }

    @Test
    void measuresTheWindowsByArrivalSoABackfillOfOldArticlesStaysComparable() {
        Instant now = T0.plus(Duration.ofDays(400));
        // A year-old wire story and its reprint loaded together in a backfill, an undated article between them.
        arrive("wire", Fixtures.wire(), T0, now);
        arrive("undated", Fixtures.CHESS_STORY, null, now.plusSeconds(1));
        DedupeOutcome copy = arrive("copy", Fixtures.wire(), T0.plus(Duration.ofHours(3)), now.plusSeconds(2));
        assertFalse(copy.nearDuplicates().isEmpty(), "the undated arrival did not push the backfill out");
        assertFalse(copy.reuse().isEmpty());
        assertEquals(copy.story().storyId(), pipeline.stories().storyOf("wire").orElseThrow());
    }

    @Test
    void keepsAMemberThatLeftTheWindowInItsFamilyWhileALaterCopyCanStillLinkToTheFamily() {
        arrive("wire", Fixtures.wire(), T0);
        arrive("copy", Fixtures.wire(), T0.plus(Duration.ofHours(20)));
        arrive("other", Fixtures.CHESS_STORY, T0.plus(Duration.ofHours(30)));
        // The wire story left the one-day window before this one arrived; the copy it links to had not.
        DedupeOutcome second = arrive("second-copy", Fixtures.wire(), T0.plus(Duration.ofHours(40)));

        assertEquals(java.util.List.of("copy"), second.reuse().stream().map(l -> l.otherArticleId()).toList());
        assertEquals(java.util.List.of("copy", "second-copy", "wire"), second.family().orElseThrow().members()
                .stream().map(m -> m.articleId()).sorted().toList());
        assertEquals(second.story().storyId(), pipeline.stories().storyOf("wire").orElseThrow());
    }

    @Test
    void dropsFamiliesAndStoryMembersOnceNoArticleCanLinkToThemAgain() {
        arrive("wire", Fixtures.wire(), T0);
        DedupeOutcome copy = arrive("copy", Fixtures.wire(), T0.plus(Duration.ofHours(6)));
        String story = copy.story().storyId();
        arrive("other", Fixtures.CHESS_STORY, T0.plus(Duration.ofHours(40)));
        // This arrival forgets what left the window at the previous one: both members of the family.
        arrive("later", Fixtures.CHESS_STORY + " Later.", T0.plus(Duration.ofHours(41)));

        assertTrue(pipeline.families().familyOf("wire").isEmpty());
        assertTrue(pipeline.stories().storyOf("wire").isEmpty());
        assertTrue(pipeline.stories().storyOf("copy").isEmpty());
        assertFalse(pipeline.stories().stories().getOrDefault(story, java.util.List.of()).contains("wire"));
        assertEquals(2, pipeline.stories().articlesHeld());
    }
}
