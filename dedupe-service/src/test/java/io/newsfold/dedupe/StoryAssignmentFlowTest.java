package io.newsfold.dedupe;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesRegex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class StoryAssignmentFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String kafka() {
        return TestInfra.get().kafkaBootstrapServers();
    }

    private static void send(ArticleEnriched event) {
        TopicProbe.produce(kafka(), Topics.ARTICLES_ENRICHED.name(), event.articleId(), EventJson.write(event));
    }

    private static boolean isAbout(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r, String id) {
        return articleId(r.value()).equals(id);
    }

    private static String articleId(String json) {
        return EventJson.read(json, StoryAssigned.class, StoryAssigned.SCHEMA_VERSION).articleId();
    }

    /** The newest assignment of an article seen so far. */
    private static StoryAssigned latest(TopicProbe probe, String articleId, int atLeast) {
        var records = probe.await(r -> isAbout(r, articleId), atLeast, WAIT);
        return records.stream()
                .map(r -> EventJson.read(r.value(), StoryAssigned.class, StoryAssigned.SCHEMA_VERSION))
                .max(java.util.Comparator.comparingLong(StoryAssigned::sequence)).orElseThrow();
    }

    @Test
    void foldsReprintsIntoTheWireStoryAsAFamilyWithAlignedPassages() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String wire = "wire-" + run;
        String chrome = "chrome-" + run;
        String cut = "cut-" + run;
        String other = "other-" + run;
        String dialect = DemoArticles.dialect();
        send(DemoArticles.enriched("01-northwind-wire.json", wire, dialect));
        send(DemoArticles.enriched("03-lakeside-today.json", chrome, dialect));
        send(DemoArticles.enriched("04-morning-post.json", cut, dialect));
        send(DemoArticles.enriched("06-city-ledger.json", other, dialect));

        try (var probe = TopicProbe.reading(kafka(), Topics.STORY_ASSIGNMENTS.name())) {
            StoryAssigned otherStory = latest(probe, other, 1);
            StoryAssigned wireNow = latest(probe, wire, 3);
            StoryAssigned chromeNow = latest(probe, chrome, 1);
            StoryAssigned cutNow = latest(probe, cut, 1);

            assertEquals(wireNow.storyId(), chromeNow.storyId());
            assertEquals(wireNow.storyId(), cutNow.storyId());
            assertNotEquals(wireNow.storyId(), otherStory.storyId());
            assertEquals(wireNow.familyId(), cutNow.familyId());
            assertEquals(StoryAssigned.INDEPENDENT, otherStory.relation());
            assertEquals(wire, cutNow.familyOrigin());
            assertEquals(StoryAssigned.ORIGIN, wireNow.relation());

            StoryAssigned.Reuse cutInWire = cutNow.reuse().stream().filter(r -> r.articleId().equals(wire))
                    .findFirst().orElseThrow();
            assertTrue(cutInWire.share() > 0.9, "the truncated copy is almost all found in the wire story");
            assertTrue(cutInWire.otherShare() < 0.8, "the wire story is only partly in the truncated copy");
            assertFalse(cutInWire.passages().isEmpty());
        }
    }

    @Test
    void answersARedeliveredArticleWithItsStoredStory() {
        String id = "again-" + UUID.randomUUID();
        String dialect = DemoArticles.dialect();
        send(DemoArticles.enriched("06-city-ledger.json", id, dialect));
        send(DemoArticles.enriched("06-city-ledger.json", id, dialect));

        try (var probe = TopicProbe.reading(kafka(), Topics.STORY_ASSIGNMENTS.name())) {
            var both = probe.await(r -> isAbout(r, id), 2, WAIT);
            assertEquals(both.get(0).key(), both.get(1).key());
            assertTrue(both.get(1).value().contains("redelivered"));
        }
    }

    @Test
    void reportsReadyWithKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void exportsTheDedupeStageCountsAndDurationsAndTheConsumersLag() {
        String id = "counted-" + UUID.randomUUID();
        send(DemoArticles.enriched("06-city-ledger.json", id, DemoArticles.dialect()));
        try (var probe = TopicProbe.reading(kafka(), Topics.STORY_ASSIGNMENTS.name())) {
            latest(probe, id, 1);
        }

        await().atMost(WAIT).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(startsALine("newsfold_articles_processed_total\\{outcome=\"ok\",stage=\"dedupe\"} [1-9]"))
                .body(startsALine("newsfold_stage_duration_seconds_count\\{stage=\"dedupe\"} [1-9]"))
                .body(startsALine("newsfold_stage_duration_seconds_bucket\\{stage=\"dedupe\",le="))
                .body(startsALine("kafka_consumer_fetch_manager_records_lag_max\\{")));
    }

    /** Prometheus text in which a line starts with this pattern (tags in key order; a count above 0 starts 1-9). */
    private static Matcher<String> startsALine(String pattern) {
        return matchesRegex("(?s)(.*\\n)?" + pattern + ".*");
    }
}
