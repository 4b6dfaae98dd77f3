package io.newsfold.nlp;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesRegex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class EnrichmentFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void publishesSentencesOfAnIngestedArticleKeyedByItsId() {
        String kafka = TestInfra.get().kafkaBootstrapServers();
        String id = "t-" + UUID.randomUUID();
        var article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id + ":v1", id, 1, "Example Wire", null,
                "Harbour reopens", "Harbour reopens\n\nThe harbour reopened on Monday. Ships queued.", null,
                Instant.now(), "h", List.of(), null, "en");

        TopicProbe.produce(kafka, Topics.ARTICLES_INGESTED.name(), id, EventJson.write(article));

        try (var probe = TopicProbe.reading(kafka, Topics.ARTICLES_ENRICHED.name())) {
            var record = probe.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            var enriched = EventJson.read(record.value(), ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);
            assertEquals(3, enriched.sentences().size());
            assertEquals(new ArticleEnriched.Span(17, 48), enriched.sentences().get(1));
            assertEquals(1, enriched.version());
        }
    }

    @Test
    void publishesCanonicalEntitiesAndQuotesWithTheirSpeakers() {
        String kafka = TestInfra.get().kafkaBootstrapServers();
        String id = "t-" + UUID.randomUUID();
        String text = "KESTREL BAY - Harbour master Tomas Reyes said on Monday that about 1,200 passengers crossed "
                + "Lake Orrin.\n\n\"If the ice closes in again, we will not take risks,\" Reyes added.";
        var article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id + ":v1", id, 1, "Northwind Wire", null,
                "Ferries return", text, Instant.parse("2026-02-10T09:00:00Z"), Instant.now(), "h", List.of(), null,
                "en");

        TopicProbe.produce(kafka, Topics.ARTICLES_INGESTED.name(), id, EventJson.write(article));

        try (var probe = TopicProbe.reading(kafka, Topics.ARTICLES_ENRICHED.name())) {
            var enriched = EventJson.read(probe.await(r -> id.equals(r.key()), 1, WAIT).get(0).value(),
                    ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);
            assertTrue(enriched.entities().stream().anyMatch(e -> e.canonical().equals("person:tomas-reyes")
                    && e.text().equals("Reyes")), enriched.entities()::toString);
            var quote = enriched.claims().stream().filter(c -> c.kind().equals("quote")).findFirst().orElseThrow();
            assertTrue(quote.text().startsWith("If the ice closes in again"), quote.text());
            assertEquals("Tomas Reyes", quote.speaker().name());
            assertEquals("person:tomas-reyes", quote.speaker().canonical());
            var number = enriched.claims().stream().filter(c -> c.kind().equals("number")).findFirst().orElseThrow();
            assertEquals(1200.0, number.value());
            assertEquals("about", number.hedge());
            var date = enriched.claims().stream().filter(c -> c.kind().equals("date")).findFirst().orElseThrow();
            assertEquals(java.time.LocalDate.parse("2026-02-09"), date.date());
        }
    }

    @Test
    void deadLettersAnEventOfAnUnknownSchemaVersion() {
        String kafka = TestInfra.get().kafkaBootstrapServers();
        String id = "t-" + UUID.randomUUID();

        TopicProbe.produce(kafka, Topics.ARTICLES_INGESTED.name(), id, "{\"schemaVersion\":7,\"articleId\":\"x\"}");

        try (var probe = TopicProbe.reading(kafka, Topics.ARTICLES_INGESTED.deadLetter())) {
            var dead = probe.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            assertEquals("unsupported-schema-version",
                    TopicProbe.header(dead, "dead-letter-reason").split(":")[0]);
        }
    }

    @Test
    void exportsTheNlpStageCountsAndDurationsAndTheConsumersLag() {
        String kafka = TestInfra.get().kafkaBootstrapServers();
        String id = "t-" + UUID.randomUUID();
        var article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id + ":v1", id, 1, "Example Wire", null,
                "Ferries", "The ferries ran on time.", null, Instant.now(), "h", List.of(), null, "en");
        TopicProbe.produce(kafka, Topics.ARTICLES_INGESTED.name(), id, EventJson.write(article));
        try (var probe = TopicProbe.reading(kafka, Topics.ARTICLES_ENRICHED.name())) {
            probe.await(r -> id.equals(r.key()), 1, WAIT);
        }

        await().atMost(WAIT).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(startsALine("newsfold_articles_processed_total\\{outcome=\"ok\",stage=\"nlp\"} [1-9]"))
                .body(startsALine("newsfold_stage_duration_seconds_count\\{stage=\"nlp\"} [1-9]"))
                .body(startsALine("newsfold_stage_duration_seconds_bucket\\{stage=\"nlp\",le="))
                .body(startsALine("kafka_consumer_fetch_manager_records_lag_max\\{")));
    }

    /** Prometheus text in which a line starts with this pattern (tags in key order; a count above 0 starts 1-9). */
    private static Matcher<String> startsALine(String pattern) {
        return matchesRegex("(?s)(.*\n)?" + pattern + ".*");
    }
}
