package io.newsfold.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.TopicProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole system for real: articles go in over HTTP and straight to the input topic and come out of the gateway
 * in stories.
 */
class PipelineEndToEndTest {

    @Test
    void foldsArticlesFedOverHttpAndKafkaIntoStoriesServedByTheGateway() throws Exception {
        RunningStack stack = RunningStack.get();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String wireText = "Ferries returned to the lake on Monday after a closure of " + run + " days, said "
                + "the operator, whose icebreakers cleared a channel overnight for the first crossing.\n\n"
                + "\"We are glad to bring people home after " + run + " days,\" a spokeswoman said.";
        String original = stack.post(article("wire-" + run, "Northwind Wire", wireText));
        String reprint = stack.post(article("reprint-" + run, "Kestrel Bay Courier", wireText));
        // Its own headline and no token of the wire: with the wire's headline and a run id of digits only, the two shared
        // a title and a number key, which rightly made them one story in about one run in forty.
        String ownTag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
        String other = stack.post(article("other-" + run, "City Ledger", "Night buses approved",
                "The council approved night buses on three routes for a trial, scheme " + ownTag + "."));
        String viaKafka = "kafka-" + run;
        TopicProbe.produce(TestInfra.get().kafkaBootstrapServers(), Topics.ARTICLES_SUBMITTED.name(), viaKafka,
                article(viaKafka, "Lakeside Today", wireText));

        for (String id : List.of(original, reprint, viaKafka, other)) {
            stack.awaitStory(id);
        }
        stack.awaitSettled(List.of(original, reprint, viaKafka, other));

        String story = stack.article(original).get("storyId").asText();
        assertEquals(story, stack.article(reprint).get("storyId").asText());
        assertEquals(story, stack.article(viaKafka).get("storyId").asText());
        assertNotEquals(story, stack.article(other).get("storyId").asText());
        assertEquals(original, stack.article(reprint).get("duplicateOf").asText());

        JsonNode merged = stack.get(stack.gateway.url("/v1/stories/" + story)).body();
        assertEquals(3, merged.get("articleCount").asInt());
        JsonNode article = stack.article(original);
        assertEquals("assigned", article.get("stage").asText());
        assertEquals(wireText, article.get("text").asText());
        assertEquals(2, article.get("sentences").size());

        JsonNode stories = stack.get(stack.gateway.url("/v1/stories?limit=100")).body().get("items");
        List<String> ids = new ArrayList<>();
        stories.forEach(s -> ids.add(s.get("id").asText()));
        assertTrue(ids.containsAll(List.of(story, stack.article(other).get("storyId").asText())), ids::toString);
    }

    @Test
    void writesEachLogLineAsAJsonObjectWhenAsked() throws Exception {
        RunningStack stack = RunningStack.get();
        List<String> lines = java.nio.file.Files.readAllLines(stack.log(RunningStack.JSON_LOGGING_SERVICE)).stream()
                .filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() > 3, "the service logged its start: " + lines.size() + " lines");
        boolean sawStartLine = false;
        for (String line : lines) {
            JsonNode entry = EventJson.mapper().readTree(line);
            assertTrue(entry.hasNonNull("timestamp") && entry.hasNonNull("level") && entry.has("message")
                    && entry.hasNonNull("loggerName"), line);
            sawStartLine |= entry.get("message").asText().contains("started in");
        }
        assertTrue(sawStartLine, "Quarkus's start line is among them");
    }

    private static String article(String id, String source, String text) {
        return article(id, source, "Ferries return", text);
    }

    private static String article(String id, String source, String title, String text) {
        return EventJson.write(Map.of("id", id, "source", source, "title", title, "text", text,
                "publishedAt", "2026-02-09T09:00:00Z"));
    }
}
