package io.newsfold.dedupe.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.dedupe.DemoArticles;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two engines on one database stand for two instances (or one restarted): each sees what the other assigned and
 * reaches the same decisions.
 */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class TwoInstancesTest {

    @Inject
    DataSource dataSource;

    private DedupeEngine freshInstance() {
        DedupeEngine engine = new DedupeEngine();
        engine.dataSource = dataSource;
        return engine;
    }

    @Test
    void aSecondInstanceCatchesUpAndFoldsACopyIntoTheFirstInstancesStory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String dialect = DemoArticles.dialect();
        DedupeEngine first = freshInstance();
        DedupeEngine second = freshInstance();

        StoryAssigned wire = first.assign(DemoArticles.enriched("01-northwind-wire.json", "w-" + run, dialect))
                .assignments().get(0);
        StoryAssigned copy = second.assign(
                DemoArticles.enriched("02-kestrel-bay-courier.json", "c-" + run, dialect))
                .assignments().get(0);
        StoryAssigned other = first.assign(DemoArticles.enriched("06-city-ledger.json", "o-" + run, dialect))
                .assignments().get(0);

        assertEquals(wire.storyId(), copy.storyId());
        assertEquals("w-" + run, copy.duplicateOf());
        assertNotEquals(wire.storyId(), other.storyId());
    }

    @Test
    void aRestartedInstanceRebuildsItsStateFromTheDatabase() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String dialect = DemoArticles.dialect();
        StoryAssigned wire = freshInstance().assign(
                DemoArticles.enriched("01-northwind-wire.json", "rw-" + run, dialect))
                .assignments().get(0);

        StoryAssigned cut = freshInstance().assign(
                DemoArticles.enriched("04-morning-post.json", "rc-" + run, dialect))
                .assignments().get(0);

        assertEquals(wire.storyId(), cut.storyId());
        assertEquals("rw-" + run, cut.familyOrigin());
    }

    @Test
    void aRestartedInstancePlacesUndatedArticlesInItsWindowsByTheirArrivalAsTheFirstDid() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String dialect = DemoArticles.dialect();
        // Far enough ahead of every other test's articles that only this test's articles share the window.
        Instant received = Instant.parse("2031-01-01T08:00:00.123456789Z");
        freshInstance().assign(undated(DemoArticles.enriched("01-northwind-wire.json", "uw-" + run, dialect),
                received));

        // Each later article is assigned by a fresh instance, which first replays the stored ones.
        StoryAssigned late = freshInstance().assign(undated(DemoArticles.enriched("01-northwind-wire.json",
                "ul-" + run, dialect), received.plus(Duration.ofDays(8)))).assignments().get(0);
        StoryAssigned soon = freshInstance().assign(undated(DemoArticles.enriched("01-northwind-wire.json",
                "us-" + run, dialect), received.plus(Duration.ofDays(8)).plusSeconds(60))).assignments().get(0);

        assertNull(late.duplicateOf(), "received eight days after the wire: the wire left the seven-day window");
        assertEquals("ul-" + run, soon.duplicateOf(), "received a minute after the late copy: still in its window");
    }

    private static ArticleEnriched undated(ArticleEnriched e, Instant receivedAt) {
        return new ArticleEnriched(e.schemaVersion(), e.eventId(), e.articleId(), e.version(), e.source(), e.title(),
                e.text(), null, receivedAt, e.wireCredits(), e.contentHash(), e.sentences(), e.tokenCount(),
                e.entities(), e.claims());
    }
}
