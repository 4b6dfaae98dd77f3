package io.newsfold.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.StoryMerged;
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
import org.hamcrest.Matcher;
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

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    private static StoryAssigned assigned(String storyId, String articleId, Instant at) {
        long seq = SEQUENCE.incrementAndGet();
        return new StoryAssigned(StoryAssigned.SCHEMA_VERSION, articleId + ":" + seq, storyId, articleId, 1, seq,
                true, "new content", at, null, null, null, StoryAssigned.INDEPENDENT, List.of());
    }

    private static ArticleEnriched enriched(String id, List<ArticleEnriched.Entity> entities,
            List<ArticleEnriched.Claim> claims) {
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id + ":v1:enriched", id, 1, "Example Wire",
                "Title", "Body.", null, null, List.of(), "h", List.of(new ArticleEnriched.Span(0, 4)), 3, entities, claims);
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

        produce(Topics.ARTICLES_ENRICHED.name(), id, enriched(id, List.of(), List.of()));
        String storyId = "s-" + UUID.randomUUID();
        produce(Topics.STORY_ASSIGNMENTS.name(), storyId, assigned(storyId, id, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/articles/" + id).then().statusCode(200)
                .body("stage", equalTo("assigned")).body("storyId", equalTo(storyId))
                .body("sentences", hasSize(1)).body("tokenCount", equalTo(3)));
        given().get("/v1/stories/" + storyId).then().statusCode(200)
                .body("headline", equalTo("Harbour reopens")).body("articleCount", equalTo(1))
                .body("sources[0].articleId", equalTo(id)).body("sources[0].relation", equalTo("independent"));
    }

    @Test
    void servesTheMergedStoryWithRelationsQuotesAndDisagreements() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String wire = "wire-" + run;
        String copy = "copy-" + run;
        String storyId = "s-" + run;
        produce(Topics.ARTICLES_INGESTED.name(), wire, ingested(wire, 1, "Ferries return"));
        produce(Topics.ARTICLES_INGESTED.name(), copy, ingested(copy, 1, "Ferries back"));
        var halloran = new ArticleEnriched.Speaker("Mira Halloran", "person:mira-halloran", 40, 53);
        produce(Topics.ARTICLES_ENRICHED.name(), wire, enriched(wire,
                List.of(new ArticleEnriched.Entity("Mira Halloran", "PERSON", "person:mira-halloran", 40, 53)),
                List.of(new ArticleEnriched.Claim("quote", "We are glad to bring them home", 0, 30, halloran, null,
                                null, null, null, null, null, null),
                        new ArticleEnriched.Claim("number", "about 1,200 passengers", 60, 82, null, 1200.0, null,
                                "about", "passengers", "Kestrel Bay", null, null))));
        produce(Topics.ARTICLES_ENRICHED.name(), copy, enriched(copy, List.of(),
                List.of(new ArticleEnriched.Claim("quote", "We are glad to bring them home.", 0, 31, halloran, null,
                                null, null, null, null, null, null),
                        new ArticleEnriched.Claim("number", "about 1,500 passengers", 60, 82, null, 1500.0, null,
                                "about", "passengers", "Kestrel Bay", null, null))));
        var passage = new StoryAssigned.Passage(0, 30, 0, 31);
        long seq = SEQUENCE.addAndGet(2);
        produce(Topics.STORY_ASSIGNMENTS.name(), storyId, new StoryAssigned(StoryAssigned.SCHEMA_VERSION, "a" + seq,
                storyId, wire, 1, seq - 1, true, "new", Instant.now(), null, "f-" + run, wire, StoryAssigned.ORIGIN,
                List.of(new StoryAssigned.Reuse(copy, StoryAssigned.ORIGIN, 0.4, 0.9, List.of(passage)))));
        produce(Topics.STORY_ASSIGNMENTS.name(), storyId, new StoryAssigned(StoryAssigned.SCHEMA_VERSION, "b" + seq,
                storyId, copy, 1, seq, false, "reuse", Instant.now(), null, "f-" + run, wire, StoryAssigned.COPY,
                List.of(new StoryAssigned.Reuse(wire, StoryAssigned.COPY, 0.9, 0.4, List.of(passage)))));

        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/stories/" + storyId).then().statusCode(200)
                .body("articleCount", equalTo(2)).body("claims", hasSize(1))
                .body("disagreements", hasSize(1)));
        await().atMost(WAIT).until(() -> disagreementNotices(storyId) == 1);
        given().get("/v1/stories/" + storyId).then()
                .body("headline", equalTo("Ferries return"))
                .body("sources.relation", equalTo(List.of("origin", "copy")))
                .body("claims[0].speaker.name", equalTo("Mira Halloran"))
                .body("claims[0].sources", hasSize(2)).body("claims[0].variants", hasSize(2))
                .body("disagreements[0].about", equalTo("passengers in Kestrel Bay"))
                .body("disagreements[0].positions.value", equalTo(List.of(1500.0f, 1200.0f)))
                .body("entities[0].perSource.'Example Wire'", equalTo(1));
        given().get("/v1/articles/" + copy).then().statusCode(200)
                .body("familyId", equalTo("f-" + run)).body("relation", equalTo("copy"))
                .body("relations[0].articleId", equalTo(wire)).body("relations[0].share", equalTo(0.9f))
                .body("relations[0].passages[0].otherEnd", equalTo(31))
                .body("claims[0].speaker.name", equalTo("Mira Halloran")).body("claims[1].kind", equalTo("number"));
        given().get("/v1/articles/" + wire).then().body("entities[0].canonical", equalTo("person:mira-halloran"));
    }

    @Test
    void redirectsAMergedStoryToTheOneThatAbsorbedIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String survivor = "s-keep-" + run;
        String absorbed = "s-gone-" + run;
        produce(Topics.STORY_ASSIGNMENTS.name(), survivor, assigned(survivor, "m1-" + run, Instant.now()));
        produce(Topics.STORY_ASSIGNMENTS.name(), absorbed, assigned(absorbed, "m2-" + run, Instant.now()));
        produce(Topics.STORY_MERGES.name(), survivor, new StoryMerged(StoryMerged.SCHEMA_VERSION, "merge-" + run,
                survivor, absorbed, List.of("m2-" + run), "m3-" + run, Instant.now()));
        produce(Topics.STORY_ASSIGNMENTS.name(), survivor, assigned(survivor, "m2-" + run, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> given().redirects().follow(false).get("/v1/stories/" + absorbed)
                .then().statusCode(301).header("Location", org.hamcrest.Matchers.endsWith("/v1/stories/" + survivor)));
        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/stories/" + survivor).then()
                .body("articleCount", equalTo(2)));
    }

    @Test
    void deadLettersOnlyTheRecordsOfABatchThatCannotBeReadOrStored() {
        String kafka = TestInfra.get().kafkaBootstrapServers();
        String unreadable = "t-" + UUID.randomUUID();
        String refused = "t-" + UUID.randomUUID();
        String good = "t-" + UUID.randomUUID();
        ArticleIngested withNul = ingested(refused, 1, "Nul");
        // PostgreSQL takes no NUL character in text: the record reads, but its write fails.
        withNul = new ArticleIngested(withNul.schemaVersion(), withNul.eventId(), refused, 1, withNul.source(),
                withNul.url(), withNul.title(), "A body with a \u0000 in it.", withNul.publishedAt(),
                withNul.receivedAt(), withNul.contentHash(), withNul.wireCredits(), null, "en");
        TopicProbe.produce(kafka, Topics.ARTICLES_INGESTED.name(), unreadable, "{not json");
        produce(Topics.ARTICLES_INGESTED.name(), refused, withNul);
        produce(Topics.ARTICLES_INGESTED.name(), good, ingested(good, 1, "Kept"));

        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/articles/" + good).then().statusCode(200)
                .body("title", equalTo("Kept")));
        try (var probe = TopicProbe.reading(kafka, Topics.ARTICLES_INGESTED.deadLetter())) {
            var letters = probe.await(r -> unreadable.equals(r.key()) || refused.equals(r.key()), 2, WAIT);
            for (var letter : letters) {
                String reason = TopicProbe.header(letter, "dead-letter-reason");
                assertTrue(unreadable.equals(letter.key()) ? reason.startsWith("bad-json")
                        : reason.startsWith("cannot update the read model"), reason);
                assertEquals(Topics.ARTICLES_INGESTED.name(), TopicProbe.header(letter, "dead-letter-topic"));
                assertTrue(TopicProbe.header(letter, "dead-letter-offset").matches("\\d+"));
            }
        }
        given().get("/v1/articles/" + refused).then().statusCode(404);
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

    @Test
    void exportsTheProjectionStageCountsAndDurationsAndTheConsumersLag() {
        String id = "t-" + UUID.randomUUID();
        produce(Topics.ARTICLES_INGESTED.name(), id, ingested(id, 1, "Counted"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/v1/articles/" + id).then().statusCode(200));

        await().atMost(WAIT).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(startsALine("newsfold_articles_processed_total\\{outcome=\"ok\",stage=\"projection\"} [1-9]"))
                .body(startsALine("newsfold_stage_duration_seconds_count\\{stage=\"projection\"} [1-9]"))
                .body(startsALine("newsfold_stage_duration_seconds_bucket\\{stage=\"projection\",le="))
                .body(startsALine("kafka_consumer_fetch_manager_records_lag_max\\{")));
    }

    /** Prometheus text in which a line starts with this pattern (tags in key order; a count above 0 starts 1-9). */
    private static Matcher<String> startsALine(String pattern) {
        return matchesRegex("(?s)(.*\\n)?" + pattern + ".*");
    }

    /** How many disagreement-added entries the live feed holds for the story. */
    private static long disagreementNotices(String storyId) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(TestInfra.get().jdbcUrl(), TestInfra.get().dbUser(),
                TestInfra.get().dbPassword());
             var s = c.prepareStatement("SELECT count(*) FROM gateway.feed WHERE type = 'disagreement-added'"
                     + " AND story_id = ?")) {
            s.setString(1, storyId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
