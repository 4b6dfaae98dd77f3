package io.newsfold.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class SearchAndStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

    @TestHTTPResource("/v1/stream")
    URL stream;

    private static void produce(String topic, String key, Object event) {
        TopicProbe.produce(TestInfra.get().kafkaBootstrapServers(), topic, key, EventJson.write(event));
    }

    /** Publishes one article through all three stages into {@code storyId}. */
    private static void article(String id, String storyId, String source, String language, String text,
            String publishedAt, String entity, String relation) {
        produce(Topics.ARTICLES_INGESTED.name(), id, new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id + ":v1",
                id, 1, source, null, "Title " + id, text, Instant.parse(publishedAt), Instant.now(), "h" + id,
                List.of(), null, language));
        produce(Topics.ARTICLES_ENRICHED.name(), id, new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION,
                id + ":e", id, 1, source, "Title", text, null, null, List.of(), "h", List.of(), 1,
                entity == null ? List.of() : List.of(new ArticleEnriched.Entity("X", "PERSON", entity, 0, 1)),
                List.of()));
        long seq = SEQUENCE.incrementAndGet();
        produce(Topics.STORY_ASSIGNMENTS.name(), storyId, new StoryAssigned(StoryAssigned.SCHEMA_VERSION, id + seq,
                storyId, id, 1, seq, false, "test", Instant.parse(publishedAt), null, null, null, relation,
                List.of()));
    }

    @Test
    void filtersStoriesAndArticlesByTextEntitySourceLanguageAndDate() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String ferry = "s-ferry-" + run;
        String bus = "s-bus-" + run;
        String person = "person:mira-" + run;
        article("f1-" + run, ferry, "Northwind Wire", "en", "Icebreakers opened the crossing " + run,
                "2026-02-09T09:00:00Z", person, "origin");
        article("f2-" + run, ferry, "Lakeside Today", "en", "Icebreakers opened the crossing " + run,
                "2026-02-09T11:00:00Z", person, "copy");
        article("b1-" + run, bus, "City Ledger", "de", "Nachtbusse fahren ab April " + run,
                "2026-02-10T16:00:00Z", null, "independent");
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", "icebreakers " + run).get("/v1/articles")
                .then().body("items.size()", equalTo(2)));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", run).get("/v1/stories")
                .then().body("items.size()", equalTo(2)));

        given().queryParam("q", run).queryParam("entity", person).get("/v1/stories").then().statusCode(200)
                .body("items.id", equalTo(List.of(ferry)));
        given().queryParam("q", run).queryParam("source", "City Ledger").get("/v1/stories").then()
                .body("items.id", equalTo(List.of(bus)));
        given().queryParam("q", run).queryParam("excludeSource", "City Ledger").get("/v1/stories").then()
                .body("items.id", equalTo(List.of(ferry)));
        given().queryParam("q", run).queryParam("language", "de").get("/v1/articles").then()
                .body("items.id", equalTo(List.of("b1-" + run)));
        given().queryParam("q", run).queryParam("from", "2026-02-10").get("/v1/articles").then()
                .body("items.id", equalTo(List.of("b1-" + run)));
        given().queryParam("q", run).queryParam("to", "2026-02-10").get("/v1/stories").then()
                .body("items.id", equalTo(List.of(ferry)));
        given().queryParam("q", run).queryParam("sort", "size").get("/v1/stories").then()
                .body("items.id", equalTo(List.of(ferry, bus))).body("items[0].articleCount", equalTo(2));
        given().queryParam("q", "icebreakers " + run).queryParam("skipDuplicates", true).get("/v1/articles").then()
                .body("items.id", equalTo(List.of("f1-" + run)));
        given().queryParam("prefix", "mira-" + run).get("/v1/entities").then().statusCode(200)
                .body("canonical", hasItem(person));
    }

    @Test
    void pagesArticlesNewestFirstWithACursor() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            article("p" + i + "-" + run, "s-p-" + run, "Wire", "en", "Paging " + run, "2026-01-0" + (i + 1) + "T00:00:00Z",
                    null, "independent");
        }
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", run).get("/v1/articles")
                .then().body("items.size()", equalTo(3)));
        var first = given().queryParam("q", run).queryParam("limit", 2).get("/v1/articles").then().extract().jsonPath();
        assertEquals(List.of("p2-" + run, "p1-" + run), first.getList("items.id"));
        given().queryParam("q", run).queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/v1/articles").then().body("items.id", equalTo(List.of("p0-" + run)))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        given().queryParam("cursor", first.getString("nextCursor")).queryParam("sort", "size").get("/v1/stories")
                .then().statusCode(400).body("reason", equalTo("invalid-cursor"));
        given().queryParam("from", "yesterday").get("/v1/articles").then().statusCode(400)
                .body("reason", equalTo("invalid-date"));
        given().queryParam("prefix", "a").get("/v1/entities").then().statusCode(400);
    }

    @Test
    void streamsChangesAndResumesAfterTheLastEventId() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String storyId = "s-live-" + run;
        List<String[]> firstEvents = new ArrayList<>();
        Thread reader = new Thread(() -> readEvents(stream + "?storyId=" + storyId + "&after=0", null, 2,
                firstEvents));
        reader.start();
        article("l1-" + run, storyId, "Wire", "en", "Live " + run, "2026-02-09T09:00:00Z", null, "independent");
        reader.join(WAIT.toMillis());

        assertEquals(List.of("article-added", "story-created").stream().sorted().toList(),
                firstEvents.stream().map(e -> e[1]).sorted().toList());
        String lastId = firstEvents.get(firstEvents.size() - 1)[0];

        article("l2-" + run, storyId, "Lakeside", "en", "Live two " + run, "2026-02-09T10:00:00Z", null, "copy");
        List<String[]> resumed = new ArrayList<>();
        readEvents(stream + "?storyId=" + storyId, lastId, 1, resumed);
        assertEquals("article-added", resumed.get(0)[1]);
        assertTrue(resumed.get(0)[2].contains("l2-" + run), resumed.get(0)[2]);
        assertTrue(Long.parseLong(resumed.get(0)[0]) > Long.parseLong(lastId));
        given().header("Last-Event-ID", "not-a-number").get("/v1/stream").then().statusCode(400);
    }

    /** Reads {@code count} events (id, name, data) from an SSE stream, then closes it. */
    private static void readEvents(String url, String lastEventId, int count, List<String[]> into) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept",
                    "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long deadline = System.nanoTime() + WAIT.toNanos();
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null;
                String name = null;
                String line;
                while (into.size() < count && System.nanoTime() < deadline && (line = lines.readLine()) != null) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        synchronized (into) {
                            into.add(new String[] {id, name, line.substring(5).strip()});
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
