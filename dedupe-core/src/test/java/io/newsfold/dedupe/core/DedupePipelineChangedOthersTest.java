package io.newsfold.dedupe.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.duplicate.InMemoryNearDuplicateIndex;
import io.newsfold.dedupe.core.family.Provenance;
import io.newsfold.dedupe.core.fixtures.Fixtures;
import io.newsfold.dedupe.core.reuse.InMemoryArticleTextStore;
import io.newsfold.dedupe.core.reuse.InMemoryFingerprintIndex;
import io.newsfold.dedupe.core.reuse.ReuseLink;
import io.newsfold.dedupe.core.reuse.ReuseRelation;
import io.newsfold.dedupe.core.reuse.ReuseSettings;
import io.newsfold.dedupe.core.story.CapitalisedWordKeys;
import io.newsfold.dedupe.core.story.StoryClusteringParams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which other articles an arrival reports as changed: what the service publishes again. */
class DedupePipelineChangedOthersTest {

    private static final Instant T0 = Instant.parse("2031-05-01T06:00:00Z");
    private static final int REPRINTS = 60;

    private final InMemoryArticleTextStore texts = new InMemoryArticleTextStore();
    private final DedupePipeline pipeline = new DedupePipeline(new InMemoryNearDuplicateIndex(), 0.8,
            new InMemoryFingerprintIndex(), texts, ReuseSettings.standard(), StoryClusteringParams.standard());

    private DedupeOutcome arrive(String id, Instant publishedAt) {
        String text = Fixtures.wire();
        DedupeOutcome outcome = pipeline.process(new IncomingArticle(id, text,
                new Provenance(List.of(), "Outlet " + id, publishedAt), CapitalisedWordKeys.of(text), null));
        texts.put(id, text);
        return outcome;
    }

    private static Set<String> linked(DedupeOutcome outcome) {
        return outcome.reuse().stream().filter(l -> l.relation() != ReuseRelation.NONE)
                .map(ReuseLink::otherArticleId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String reprint(int i) {
        return String.format("reprint-%03d", i);
    }

    @Test
    void aReprintOfABigFamilyChangesOnlyTheArticlesItIsLinkedTo() {
        arrive(reprint(0), T0);
        DedupeOutcome last = null;
        for (int i = 1; i <= REPRINTS; i++) {
            last = arrive(reprint(i), T0.plus(Duration.ofMinutes(i)));
        }
        assertEquals(REPRINTS + 1, last.family().orElseThrow().members().size());
        assertEquals(reprint(0), last.family().orElseThrow().originArticleId());
        assertTrue(linked(last).size() < REPRINTS, "the reuse look-up caps the links an article gets");
        assertEquals(linked(last), last.changedOthers().keySet(),
                "the family's id, origin and the others' roles stay: only the other ends of its links changed");
        DedupeOutcome decided = last;
        decided.changedOthers().values().forEach(f -> assertEquals(decided.family(), f));
    }

    @Test
    void anOriginArrivingLateChangesTheWholeFamily() {
        for (int i = 1; i <= REPRINTS; i++) {
            arrive(reprint(i), T0.plus(Duration.ofMinutes(i)));
        }
        // Published before every reprint, so it becomes the origin; its id sorts first, so the family id moves too.
        DedupeOutcome origin = arrive(reprint(0), T0);
        assertEquals(reprint(0), origin.family().orElseThrow().originArticleId());
        Set<String> others = new TreeSet<>();
        for (int i = 1; i <= REPRINTS; i++) {
            others.add(reprint(i));
        }
        assertEquals(others, origin.changedOthers().keySet());
    }

    @Test
    void anArticleWithNoReuseChangesNoOne() {
        arrive(reprint(0), T0);
        String other = Fixtures.CHESS_STORY;
        DedupeOutcome outcome = pipeline.process(new IncomingArticle("chess", other,
                new Provenance(List.of(), "Outlet chess", T0), CapitalisedWordKeys.of(other), null));
        assertTrue(outcome.changedOthers().isEmpty());
    }
}
