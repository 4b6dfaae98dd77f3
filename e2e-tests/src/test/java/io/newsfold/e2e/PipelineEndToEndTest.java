package io.newsfold.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.FreePorts;
import io.newsfold.infra.Infra;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.TopicProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system for real: a KRaft broker, PostgreSQL, and the four services as separate JVMs from their
 * packaged jars. Articles go in over HTTP and straight to the input topic and come out of the gateway in stories.
 */
class PipelineEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static ServiceProcess ingest;
    private static ServiceProcess gateway;

    @BeforeAll
    static void startStack() throws Exception {
        Infra infra = TestInfra.get();
        Path root = Path.of(System.getProperty("newsfold.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("e2e-tests/target/e2e-logs");
        Map<String, String> env = new HashMap<>(infra.environment());
        ingest = start(root, "ingest-service", env, logs);
        start(root, "nlp-service", env, logs);
        start(root, "dedupe-service", env, logs);
        gateway = start(root, "api-gateway", env, logs);
        for (ServiceProcess service : SERVICES) {
            service.awaitReady(WAIT);
        }
    }

    private static ServiceProcess start(Path root, String module, Map<String, String> env, Path logs)
            throws Exception {
        ServiceProcess service = ServiceProcess.start(root, module, FreePorts.next(), env, logs);
        SERVICES.add(service);
        return service;
    }

    @AfterAll
    static void stopStack() throws InterruptedException {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
    }

    @Test
    void foldsArticlesFedOverHttpAndKafkaIntoStoriesServedByTheGateway() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String wireText = "Ferries returned to the lake on Monday after a closure of " + run + " days.\n\n"
                + "\"We are glad to bring people home,\" a spokeswoman said.";
        String original = post(article("wire-" + run, "Northwind Wire", wireText));
        String reprint = post(article("reprint-" + run, "Kestrel Bay Courier", wireText));
        String other = post(article("other-" + run, "City Ledger", "The council approved night buses " + run + "."));
        String viaKafka = "kafka-" + run;
        TopicProbe.produce(TestInfra.get().kafkaBootstrapServers(), Topics.ARTICLES_SUBMITTED.name(), viaKafka,
                article(viaKafka, "Lakeside Today", wireText));

        String originalStory = awaitStory(original);
        String reprintStory = awaitStory(reprint);
        String kafkaStory = awaitStory(viaKafka);
        String otherStory = awaitStory(other);

        assertEquals(originalStory, reprintStory);
        assertEquals(originalStory, kafkaStory);
        assertNotEquals(originalStory, otherStory);

        JsonNode story = get(gateway.url("/v1/stories/" + originalStory)).body();
        assertEquals(3, story.get("articleCount").asInt());
        JsonNode article = get(gateway.url("/v1/articles/" + original)).body();
        assertEquals("assigned", article.get("stage").asText());
        assertEquals(wireText, article.get("text").asText());
        assertEquals(2, article.get("sentences").size());

        JsonNode stories = get(gateway.url("/v1/stories?limit=100")).body().get("items");
        List<String> ids = new ArrayList<>();
        stories.forEach(s -> ids.add(s.get("id").asText()));
        assertTrue(ids.containsAll(List.of(originalStory, otherStory)), ids::toString);
    }

    private static String article(String id, String source, String text) {
        return EventJson.write(Map.of("id", id, "source", source, "title", "Ferries return", "text", text,
                "publishedAt", "2026-02-09T09:00:00Z"));
    }

    private static String post(String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.url("/v1/articles")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        return EventJson.mapper().readTree(r.body()).get("id").asText();
    }

    private static String awaitStory(String articleId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Reply r = get(gateway.url("/v1/articles/" + articleId));
            if (r.status() == 200 && r.body().hasNonNull("storyId")) {
                return r.body().get("storyId").asText();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("article " + articleId + " got no story within " + WAIT);
    }

    private record Reply(int status, JsonNode body) {
    }

    private static Reply get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), EventJson.mapper().readTree(r.body()));
    }
}
