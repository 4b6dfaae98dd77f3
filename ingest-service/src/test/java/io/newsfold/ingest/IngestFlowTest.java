package io.newsfold.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
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
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class IngestFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String kafka() {
        return TestInfra.get().kafkaBootstrapServers();
    }

    private static String json(String id, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"Example Wire\",\"url\":\"https://wire.example/" + id + "\","
                + "\"title\":\"Harbour reopens\",\"text\":\"" + text + "\",\"publishedAt\":\"2026-03-02T08:00:00Z\"}";
    }

    @Test
    void publishesAnAcceptedArticleKeyedByItsId() {
        String id = "t-" + UUID.randomUUID();
        given().contentType("application/json").body(json(id, "The harbour reopened on Monday."))
                .when().post("/v1/articles")
                .then().statusCode(202).body("id", equalTo(id)).body("version", equalTo(1))
                .body("status", equalTo("accepted"));

        try (var probe = TopicProbe.reading(kafka(), Topics.ARTICLES_INGESTED.name())) {
            var record = probe.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            var event = EventJson.read(record.value(), ArticleIngested.class, ArticleIngested.SCHEMA_VERSION);
            assertEquals("The harbour reopened on Monday.", event.text());
            assertEquals(64, event.contentHash().length());
        }
    }

    @Test
    void answersASecondIdenticalSubmissionAsDuplicateAndPublishesOnce() {
        String id = "t-" + UUID.randomUUID();
        given().contentType("application/json").body(json(id, "Same text.")).post("/v1/articles")
                .then().statusCode(202);
        given().contentType("application/json").body(json(id, "Same   text.")).post("/v1/articles")
                .then().statusCode(200).body("status", equalTo("duplicate"))
                .body("duplicateOf.id", equalTo(id)).body("duplicateOf.version", equalTo(1));

        try (var probe = TopicProbe.reading(kafka(), Topics.ARTICLES_INGESTED.name())) {
            assertEquals(1, probe.settle(r -> id.equals(r.key()), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void keepsAChangedArticleUnderTheSameIdAsANewVersion() {
        String id = "t-" + UUID.randomUUID();
        given().contentType("application/json").body(json(id, "First draft.")).post("/v1/articles")
                .then().statusCode(202).body("version", equalTo(1));
        given().contentType("application/json").body(json(id, "Corrected draft.")).post("/v1/articles")
                .then().statusCode(202).body("version", equalTo(2)).body("status", equalTo("accepted"));
    }

    @Test
    void refusesMalformedInputWithAProblemAndAReason() {
        given().contentType("application/json").body("{\"source\": \"x\", \"text\": ")
                .post("/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("reason", equalTo("bad-json"));
        given().contentType("application/json").body("{\"source\": \"x\"}")
                .post("/v1/articles")
                .then().statusCode(400).body("reason", equalTo("missing-field"))
                .body("detail", startsWith("text"));
        given().contentType("application/json")
                .body("{\"source\":\"x\",\"text\":\"t\",\"publishedAt\":\"2999-01-01T00:00:00Z\"}")
                .post("/v1/articles")
                .then().statusCode(422).body("reason", equalTo("future-date"));
    }

    @Test
    void ingestsFromTheInputTopicAndDeadLettersWhatItRefuses() {
        String id = "t-" + UUID.randomUUID();
        TopicProbe.produce(kafka(), Topics.ARTICLES_SUBMITTED.name(), id, json(id, "Fed through Kafka."));
        String badKey = "bad-" + UUID.randomUUID();
        TopicProbe.produce(kafka(), Topics.ARTICLES_SUBMITTED.name(), badKey, "{\"source\":\"x\"}");

        try (var probe = TopicProbe.reading(kafka(), Topics.ARTICLES_INGESTED.name())) {
            probe.await(r -> id.equals(r.key()), 1, WAIT);
        }
        try (var probe = TopicProbe.reading(kafka(), Topics.ARTICLES_SUBMITTED.deadLetter())) {
            var dead = probe.await(r -> badKey.equals(r.key()), 1, WAIT).get(0);
            String reason = TopicProbe.header(dead, "dead-letter-reason");
            assertTrue(reason != null && reason.startsWith("missing-field"), "reason header: " + reason);
            assertEquals(Topics.ARTICLES_SUBMITTED.name(), TopicProbe.header(dead, "dead-letter-topic"));
        }
    }

    @Test
    void reportsReadyWithKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
