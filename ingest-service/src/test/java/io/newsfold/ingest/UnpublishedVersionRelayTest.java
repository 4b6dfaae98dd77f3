package io.newsfold.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A version stored while the broker was away, whose client never came back, still reaches Kafka. */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class UnpublishedVersionRelayTest {

    @Test
    void publishesAVersionThatWasStoredButNeverPublished() throws Exception {
        String id = "relay-" + UUID.randomUUID();
        storeUnpublished(id, Instant.now().minusSeconds(60));

        try (var probe = TopicProbe.reading(TestInfra.get().kafkaBootstrapServers(),
                Topics.ARTICLES_INGESTED.name())) {
            var record = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
            var event = EventJson.read(record.value(), ArticleIngested.class, ArticleIngested.SCHEMA_VERSION);
            assertEquals("The ferry ran again after the storm.", event.text());
            assertEquals(1, event.version());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> published(id));
    }

    @Test
    void leavesAJustStoredVersionToTheRequestThatIsPublishingIt() throws Exception {
        String id = "relay-fresh-" + UUID.randomUUID();
        storeUnpublished(id, Instant.now().plusSeconds(3600));
        Thread.sleep(1500);
        assertTrue(!published(id), "still within its grace period");
    }

    private static void storeUnpublished(String id, Instant receivedAt) throws SQLException {
        try (Connection c = connection(); var s = c.prepareStatement("INSERT INTO ingest.article_versions"
                + " (article_id, version, source, text, raw_input, received_at, content_hash, published)"
                + " VALUES (?, 1, 'Relay Wire', 'The ferry ran again after the storm.', '{}'::jsonb, ?, ?, false)")) {
            s.setString(1, id);
            s.setTimestamp(2, Timestamp.from(receivedAt));
            s.setString(3, "0".repeat(64));
            s.executeUpdate();
        }
    }

    private static boolean published(String id) throws SQLException {
        try (Connection c = connection();
             var s = c.prepareStatement("SELECT published FROM ingest.article_versions WHERE article_id = ?")) {
            s.setString(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(TestInfra.get().jdbcUrl(), TestInfra.get().dbUser(),
                TestInfra.get().dbPassword());
    }
}
