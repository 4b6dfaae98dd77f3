package io.newsfold.ingest;

import static io.newsfold.ingest.TestKeys.writer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.newsfold.ingest.rest.ArticleResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        writer().contentType("application/json").body(json(id, "The harbour reopened on Monday."))
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
        writer().contentType("application/json").body(json(id, "Same text.")).post("/v1/articles")
                .then().statusCode(202);
        writer().contentType("application/json").body(json(id, "Same   text.")).post("/v1/articles")
                .then().statusCode(200).body("status", equalTo("duplicate"))
                .body("duplicateOf.id", equalTo(id)).body("duplicateOf.version", equalTo(1));

        try (var probe = TopicProbe.reading(kafka(), Topics.ARTICLES_INGESTED.name())) {
            assertEquals(1, probe.settle(r -> id.equals(r.key()), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void keepsAChangedArticleUnderTheSameIdAsANewVersion() {
        String id = "t-" + UUID.randomUUID();
        writer().contentType("application/json").body(json(id, "First draft.")).post("/v1/articles")
                .then().statusCode(202).body("version", equalTo(1));
        writer().contentType("application/json").body(json(id, "Corrected draft.")).post("/v1/articles")
                .then().statusCode(202).body("version", equalTo(2)).body("status", equalTo("accepted"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"source\":\"x\",\"text\":                                              | 400 | bad-json",
        "[1, 2]                                                                   | 400 | bad-json",
        "{\"source\":\"x\",\"text\":{\"a\":1}}                                      | 400 | bad-json",
        "{\"text\":\"A sentence long enough to count as a story.\"}                    | 400 | missing-field",
        "{\"id\":\"no spaces please\",\"source\":\"x\",\"text\":\"A sentence.\"}         | 400 | invalid-id",
        "{\"source\":\"x\",\"url\":\"javascript:alert(1)\",\"text\":\"A sentence.\"}    | 400 | invalid-url",
        "{\"source\":\"x\",\"publishedAt\":\"last week\",\"text\":\"A sentence.\"}      | 400 | invalid-date",
        "{\"source\":\"x\",\"publishedAt\":\"2999-01-01\",\"text\":\"A sentence.\"}     | 422 | future-date",
        "{\"source\":\"x\",\"text\":\"Advertisement\\n\\nShare this story\"}           | 422 | empty-text",
    })
    void refusesEachBadArticleWithItsReasonAndStoresNothing(String body, int status, String reason)
            throws Exception {
        long before = StoredVersions.count();

        writer().contentType("application/json").body(body.strip()).post("/v1/articles")
                .then().statusCode(status).contentType("application/problem+json").body("reason", equalTo(reason));

        assertEquals(before, StoredVersions.count(), "a refused article must leave nothing stored");
    }

    @Test
    void refusesATextLargerThanTheLimit() {
        String huge = "x".repeat(2_000_001);
        writer().contentType("application/json").body("{\"source\":\"x\",\"text\":\"" + huge + "\"}")
                .post("/v1/articles")
                .then().statusCode(413).body("reason", equalTo("too-large"));
    }

    @Test
    void refusesAHundredThousandNestedDivsQuicklyAsTooComplex() throws Exception {
        long before = StoredVersions.count();
        String bomb = "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000);

        long start = System.nanoTime();
        writer().contentType("application/json")
                .body(EventJson.write(java.util.Map.of("source", "x", "html", bomb)))
                .post("/v1/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("reason", equalTo("html-too-complex"));

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "must be refused quickly");
        assertEquals(before, StoredVersions.count());
    }

    @Test
    void storesABillionLaughsPageWithItsEntitiesUnexpanded() {
        var dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String page = dtd + "]><html><body><p>The harbour reopened, and the crowd laughed: &lol9; all day.</p>"
                + "</body></html>";
        String id = "t-" + UUID.randomUUID();

        writer().contentType("application/json")
                .body(EventJson.write(java.util.Map.of("id", id, "source", "x", "html", page)))
                .post("/v1/articles")
                .then().statusCode(202);

        try (var probe = TopicProbe.reading(kafka(), Topics.ARTICLES_INGESTED.name())) {
            var event = EventJson.read(probe.await(r -> id.equals(r.key()), 1, WAIT).get(0).value(),
                    ArticleIngested.class, ArticleIngested.SCHEMA_VERSION);
            assertEquals("The harbour reopened, and the crowd laughed: &lol9; all day.", event.text());
        }
    }

    @Test
    void answersTheSameCleanedPageUnderAnotherIdAsADuplicateOfTheFirst() {
        String first = "t-" + UUID.randomUUID();
        String second = "t-" + UUID.randomUUID();
        String url = "https://wire.example/story-" + first;
        String body = "{\"id\":\"%s\",\"source\":\"Example Wire\",\"url\":\"%s\",\"text\":\"%s\"}";
        writer().contentType("application/json")
                .body(String.format(body, first, url, "The harbour reopened on Monday after the storm."))
                .post("/v1/articles").then().statusCode(202);

        writer().contentType("application/json")
                .body(String.format(body, second, url + "?utm_source=feed#top",
                        "Advertisement\\n\\nThe harbour reopened on Monday after the storm."))
                .post("/v1/articles")
                .then().statusCode(200).body("status", equalTo("duplicate")).body("duplicateOf.id", equalTo(first));
    }

    @Test
    void refusesMalformedInputWithAProblemAndAReason() {
        writer().contentType("application/json").body("{\"source\": \"x\", \"text\": ")
                .post("/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("reason", equalTo("bad-json"));
        writer().contentType("application/json").body("{\"source\": \"x\"}")
                .post("/v1/articles")
                .then().statusCode(400).body("reason", equalTo("missing-field"))
                .body("detail", startsWith("text"));
        writer().contentType("application/json")
                .body("{\"source\":\"x\",\"text\":\"A sentence.\",\"publishedAt\":\"2999-01-01T00:00:00Z\"}")
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
    void answersAnNdjsonBatchLineByLineWithoutLettingABadLineSinkIt() {
        String first = "t-" + UUID.randomUUID();
        String second = "t-" + UUID.randomUUID();
        String batch = json(first, "Batch one.") + "\n{not json\n\n" + json(second, "Batch two.") + "\n";

        String answer = writer().contentType("application/x-ndjson").body(batch.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/articles")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();

        List<String> lines = answer.lines().toList();
        assertEquals(3, lines.size(), answer);
        assertTrue(lines.get(0).contains("\"id\":\"" + first + "\"") && lines.get(0).contains("accepted"));
        assertTrue(lines.get(1).contains("\"line\":2") && lines.get(1).contains("\"reason\":\"bad-json\""));
        assertTrue(lines.get(2).contains("\"line\":4") && lines.get(2).contains(second));
    }

    @Test
    void storesABatchLongerThanAChunkAndAnswersEveryLineInOrder() {
        String run = "t-" + UUID.randomUUID();
        StringBuilder batch = new StringBuilder();
        int lines = ArticleResource.CHUNK_LINES * 2 + 7;
        for (int i = 0; i < lines; i++) {
            // Line 60 is broken; line 61 repeats line 55's article, stored in the same transaction, so it must be
            // answered as its duplicate.
            batch.append(i == 59 ? "{\"source\":" : i == 60 ? json(run + "-54", "Copy number 54.")
                    : json(run + "-" + i, "Copy number " + i + ".")).append('\n');
        }

        String answer = writer().contentType("application/x-ndjson")
                .body(batch.toString().getBytes(StandardCharsets.UTF_8)).when().post("/v1/articles")
                .then().statusCode(200).extract().asString();

        List<String> answers = answer.lines().toList();
        assertEquals(lines, answers.size(), answer);
        for (int i = 0; i < lines; i++) {
            assertTrue(answers.get(i).startsWith("{\"line\":" + (i + 1) + ","), answers.get(i));
        }
        assertTrue(answers.get(59).contains("\"reason\":\"bad-json\""), answers.get(59));
        assertTrue(answers.get(60).contains("\"status\":\"duplicate\"") && answers.get(60).contains(run + "-54\""),
                answers.get(60));
        assertTrue(answers.get(lines - 1).contains(run + "-" + (lines - 1) + "\"")
                && answers.get(lines - 1).contains("accepted"), answers.get(lines - 1));
        try (var probe = TopicProbe.reading(kafka(), Topics.ARTICLES_INGESTED.name())) {
            List<String> published = probe.settle(r -> r.key() != null && r.key().startsWith(run),
                    Duration.ofSeconds(3)).stream().map(r -> r.key()).toList();
            assertEquals(lines - 2, published.size(), "each stored article published once");
            assertEquals(lines - 2, published.stream().distinct().count());
        }
    }

    @Test
    void twoBatchesOfTheSameArticlesAtOnceStoreEachOnceWithoutDeadlock() throws Exception {
        String run = "t-" + UUID.randomUUID();
        int n = ArticleResource.CHUNK_LINES;
        StringBuilder forwards = new StringBuilder();
        StringBuilder backwards = new StringBuilder();
        for (int i = 0; i < n; i++) {
            forwards.append(json(run + "-" + i, "Shared article " + i + ".")).append('\n');
            backwards.append(json(run + "-" + (n - 1 - i), "Shared article " + (n - 1 - i) + ".")).append('\n');
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> writer().contentType("application/x-ndjson")
                    .body(forwards.toString().getBytes(StandardCharsets.UTF_8)).post("/v1/articles")
                    .then().statusCode(200).extract().asString());
            var b = pool.submit(() -> writer().contentType("application/x-ndjson")
                    .body(backwards.toString().getBytes(StandardCharsets.UTF_8)).post("/v1/articles")
                    .then().statusCode(200).extract().asString());
            List<String> answers = new java.util.ArrayList<>(a.get(60, java.util.concurrent.TimeUnit.SECONDS)
                    .lines().toList());
            answers.addAll(b.get(60, java.util.concurrent.TimeUnit.SECONDS).lines().toList());

            assertEquals(2 * n, answers.size());
            assertEquals(n, answers.stream().filter(l -> l.contains("\"status\":\"accepted\"")).count(), answers.toString());
            assertEquals(n, answers.stream().filter(l -> l.contains("\"status\":\"duplicate\"")).count());
            assertTrue(answers.stream().allMatch(l -> l.contains("\"version\":1")), answers.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesABodyThatIsNotValidUtf8() {
        byte[] body = ("{\"source\":\"x\",\"text\":\"Caf" + "\u0000").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(body, body.length + 3);
        broken[body.length - 1] = (byte) 0xC3;
        broken[body.length] = (byte) 0x28;
        broken[body.length + 1] = '"';
        broken[body.length + 2] = '}';

        writer().contentType("application/json").body(broken).post("/v1/articles")
                .then().statusCode(400).body("reason", equalTo("bad-charset"));
    }

    @Test
    void cleansARawPageSentThroughKafka() throws Exception {
        String id = "t-" + UUID.randomUUID();
        String page = "<html><head><title>Ferries back</title></head><body><nav>Home</nav><article>"
                + "<p>KESTREL BAY (AP) — Ferries returned on Monday.</p><aside>Most read</aside>"
                + "<p>The first boat left at dawn.</p></article></body></html>";
        TopicProbe.produce(kafka(), Topics.ARTICLES_SUBMITTED.name(), id, EventJson.write(
                java.util.Map.of("id", id, "source", "Lakeside Today", "html", page)));

        try (var probe = TopicProbe.reading(kafka(), Topics.ARTICLES_INGESTED.name())) {
            var event = EventJson.read(probe.await(r -> id.equals(r.key()), 1, WAIT).get(0).value(),
                    ArticleIngested.class, ArticleIngested.SCHEMA_VERSION);
            assertEquals("KESTREL BAY (AP) — Ferries returned on Monday.\n\nThe first boat left at dawn.",
                    event.text());
            assertEquals("Ferries back", event.title());
            assertEquals(List.of("AP"), event.wireCredits());
        }
    }

    @Test
    void reportsReadyWithKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exportsTheIngestStageCountsAndDurationsAndTheConsumersLag() {
        String id = "t-" + UUID.randomUUID();
        writer().contentType("application/json").body(json(id, "The ferry ran on time.")).post("/v1/articles")
                .then().statusCode(202);
        writer().contentType("application/json").body("{\"source\":\"x\",\"publishedAt\":\"last week\","
                + "\"text\":\"A sentence.\"}").post("/v1/articles").then().statusCode(400);

        await().atMost(WAIT).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(startsALine("newsfold_articles_processed_total\\{outcome=\"ok\",stage=\"ingest\"} [1-9]"))
                .body(startsALine("newsfold_articles_processed_total\\{outcome=\"refused\",stage=\"ingest\"} [1-9]"))
                .body(startsALine("newsfold_stage_duration_seconds_count\\{stage=\"ingest\"} [1-9]"))
                .body(startsALine("newsfold_stage_duration_seconds_bucket\\{stage=\"ingest\",le="))
                .body(startsALine("kafka_consumer_fetch_manager_records_lag_max\\{")));
    }

    /** Prometheus text in which a line starts with this pattern (tags in key order; a count above 0 starts 1-9). */
    private static Matcher<String> startsALine(String pattern) {
        return matchesRegex("(?s)(.*\n)?" + pattern + ".*");
    }
}
