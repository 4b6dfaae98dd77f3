package io.newsfold.dedupe.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfold.contracts.StoryAssigned;
import io.newsfold.dedupe.DemoArticles;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
}
