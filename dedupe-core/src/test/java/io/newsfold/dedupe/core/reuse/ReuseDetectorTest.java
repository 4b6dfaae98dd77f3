package io.newsfold.dedupe.core.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.fixtures.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseDetectorTest {
    private static final Instant T0 = Instant.parse("2031-03-01T08:00:00Z");

    private final InMemoryArticleTextStore texts = new InMemoryArticleTextStore();
    private final InMemoryFingerprintIndex index = new InMemoryFingerprintIndex();
    private final ReuseDetector detector = new ReuseDetector(index, texts,
            ReuseSettings.standard().withIndexWindow(Duration.ofDays(2)));

    private List<ReuseLink> arrive(String id, String text, Instant at) {
        List<ReuseLink> links = detector.process(id, text, at);
        texts.put(id, text);
        return links;
    }

    @Test
    void linksEachArrivingReprintToTheIndexedWireStory() {
        assertTrue(arrive("wire", Fixtures.wire(), T0).isEmpty());
        assertTrue(arrive("chess", Fixtures.CHESS_STORY, T0.plusSeconds(60)).isEmpty());

        List<ReuseLink> reprint = arrive("courier", Fixtures.truncatedReprintWithChrome(), T0.plusSeconds(600));
        assertEquals(1, reprint.size());
        assertEquals("wire", reprint.get(0).otherArticleId());
        assertEquals(ReuseRelation.COPY, reprint.get(0).relation());

        List<ReuseLink> analysis = arrive("analysis", Fixtures.analysisQuotingTwoParagraphs(), T0.plusSeconds(900));
        // Both carry the two quoted paragraphs, equally long, so the tie is broken by id.
        assertEquals(List.of("courier", "wire"), analysis.stream().map(ReuseLink::otherArticleId).toList());
        assertTrue(analysis.stream().allMatch(l -> l.relation() == ReuseRelation.PARTIAL));

        assertTrue(arrive("independent", Fixtures.independentReportOfDam(), T0.plusSeconds(1200)).isEmpty());
    }

    @Test
    void forgetsArticlesOnceTheyFallOutOfTheWindow() {
        arrive("wire", Fixtures.wire(), T0);
        arrive("chess", Fixtures.CHESS_STORY, T0.plus(Duration.ofDays(3)));
        assertEquals(1, index.articleCount());
        assertTrue(arrive("late", Fixtures.reorderedEditedReprint(), T0.plus(Duration.ofDays(3))).isEmpty());
    }
}
