package io.newsfold.dedupe.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;

import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.Topics;
import io.newsfold.dedupe.DemoArticles;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An instance that committed a decision and died before the broker took its events: the events wait in the outbox
 * and the next article any instance assigns publishes them, so no re-assignment is lost.
 */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class DecisionOutboxTest {

    @Inject
    DataSource dataSource;

    @Test
    void publishesWhatADeadInstanceLeftInTheOutboxWithTheNextArticle() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String dialect = DemoArticles.dialect();
        String orphan = "orphan-" + run;
        DedupeEngine diedAfterCommit = new DedupeEngine();
        diedAfterCommit.dataSource = dataSource;
        StoryAssigned decided = diedAfterCommit.assign(DemoArticles.enriched("01-northwind-wire.json", orphan,
                dialect)).assignments().get(0);
        assertEquals(1, queued(orphan), "the decision's event is queued with it");

        String next = "next-" + run;
        TopicProbe.produce(TestInfra.get().kafkaBootstrapServers(), Topics.ARTICLES_ENRICHED.name(), next,
                EventJson.write(DemoArticles.enriched("06-city-ledger.json", next, dialect)));

        try (var probe = TopicProbe.reading(TestInfra.get().kafkaBootstrapServers(),
                Topics.STORY_ASSIGNMENTS.name())) {
            var published = probe.await(r -> r.value().contains("\"" + orphan + "\""), 1, Duration.ofSeconds(60));
            StoryAssigned event = EventJson.read(published.get(0).value(), StoryAssigned.class,
                    StoryAssigned.SCHEMA_VERSION);
            assertEquals(decided.storyId(), event.storyId());
            assertEquals(decided.storyId(), published.get(0).key(), "keyed by story, as the topic says");
            assertEquals(decided.sequence(), event.sequence(), "the very event that was decided");
            probe.await(r -> r.value().contains("\"" + next + "\""), 1, Duration.ofSeconds(60));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(orphan) == 0 && queued(next) == 0);
    }

    private long queued(String articleId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var s = c.prepareStatement("SELECT count(*) FROM dedupe.outbox WHERE value LIKE ?")) {
            s.setString(1, "%\"" + articleId + "\"%");
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
