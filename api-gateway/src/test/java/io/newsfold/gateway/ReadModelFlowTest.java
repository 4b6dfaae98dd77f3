package io.newsfold.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class ReadModelFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static void produce(String topic, String key, Object event) {
        TopicProbe.produce(TestInfra.get().kafkaBootstrapServers(), topic, key, EventJson.write(event));
    }

    private static ArticleIngested ingested(String id, int version, String title) {
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id + ":v" + version, id, version, "Example Wire",
                "https://wire.example/" + id, title, "Body of " + title + ".", Instant.parse("2026-03-02T08:00:00Z"),
                Instant.now(), "hash-" + id + "-" + version, List.of("Reuters"), null, "en");
    }

    private static StoryAssigned assigned(String storyId, String articleId, Instant at) {
        return new StoryAssigned(StoryAssigned.SCHEMA_VERSION, articleId + ":v1:story", storyId, articleId, 1, true,
                "new content", at);
    }

    @Test
    void answers404UntilAnArticleIsKnownThenShowsItsStage() {
        String id = "t-" + UUID.randomUUID();
        given().get("/v1/articles/" + id).then().statusCode(404).body("reason", equalTo("not-found"));

        produce(Topics.ARTICLES_INGESTED.name(), id, ingested(id, 1, "Harbour reopens"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/articles/" + id).then().statusCode(200)
                .body("stage", equalTo("ingested")).body("title", equalTo("Harbour reopens"))
                .body("language", equalTo("en")).body("wireCredits", equalTo(List.of("Reuters")))
                .body("storyId", nullValue()));

        produce(Topics.ARTICLES_ENRICHED.name(), id, new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION,
                id + ":v1:enriched", id, 1, "Example Wire", "h", List.of(new ArticleEnriched.Span(0, 4)), 3));
        String storyId = "s-" + UUID.randomUUID();
        produce(Topics.STORY_ASSIGNMENTS.name(), storyId, assigned(storyId, id, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/articles/" + id).then().statusCode(200)
                .body("stage", equalTo("assigned")).body("storyId", equalTo(storyId))
                .body("sentences", hasSize(1)).body("tokenCount", equalTo(3)));
        given().get("/v1/stories/" + storyId).then().statusCode(200)
                .body("headline", equalTo("Harbour reopens")).body("articleCount", equalTo(1))
                .body("articles[0].id", equalTo(id));
    }

    @Test
    void keepsTheLatestVersionWhenAnOlderOneArrivesLate() {
        String id = "t-" + UUID.randomUUID();
        produce(Topics.ARTICLES_INGESTED.name(), id, ingested(id, 2, "Corrected"));
        produce(Topics.ARTICLES_INGESTED.name(), id, ingested(id, 1, "Original"));

        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/articles/" + id).then().statusCode(200)
                .body("version", equalTo(2)));
        given().get("/v1/articles/" + id).then().body("title", equalTo("Corrected"));
    }

    @Test
    void pagesThroughStoriesNewestFirstWithoutRepeats() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant base = Instant.parse("2099-01-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            String storyId = "s-" + run + "-" + i;
            produce(Topics.STORY_ASSIGNMENTS.name(), storyId, assigned(storyId, "t-" + run + "-" + i,
                    base.plusSeconds(i)));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/stories/s-" + run + "-4").then().statusCode(200));
        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/stories/s-" + run + "-0").then().statusCode(200));

        Set<String> seen = new HashSet<>();
        var first = given().queryParam("limit", 2).get("/v1/stories").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("s-" + run + "-4", "s-" + run + "-3"), first.getList("items.id"));
        seen.addAll(first.getList("items.id"));
        var second = given().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/v1/stories").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("s-" + run + "-2", "s-" + run + "-1"), second.getList("items.id"));
        assertTrue(seen.addAll(second.getList("items.id")));
    }

    @Test
    void refusesAnInvalidCursorOrLimitWithAReason() {
        given().queryParam("cursor", "garbage!").get("/v1/stories").then().statusCode(400)
                .contentType("application/problem+json").body("reason", equalTo("invalid-cursor"));
        given().queryParam("limit", 1000).get("/v1/stories").then().statusCode(400)
                .body("reason", equalTo("invalid-limit"));
        given().get("/v1/stories/does-not-exist").then().statusCode(404);
    }

    @Test
    void reportsReadyWithKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
