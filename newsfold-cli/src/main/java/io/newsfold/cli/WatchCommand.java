package io.newsfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topic;
import io.newsfold.contracts.Topics;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Prints the pipeline's events as they happen, straight from Kafka, one readable line each. */
final class WatchCommand {

    private static final List<Topic> WATCHED = List.of(Topics.ARTICLES_INGESTED, Topics.ARTICLES_ENRICHED,
            Topics.STORY_ASSIGNMENTS, Topics.STORY_MERGES);

    private final Options options;

    WatchCommand(Options options) {
        this.options = options;
    }

    int run() {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG, "newsfold-watch-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, options.fromBeginning() ? "earliest" : "latest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(WATCHED.stream().map(Topic::name).toList());
            System.out.println("watching " + options.kafka() + " (Ctrl-C to stop)");
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    System.out.println(describe(record.topic(), record.value()));
                }
            }
        }
        return 0;
    }

    static String describe(String topic, String json) {
        JsonNode e;
        try {
            e = EventJson.mapper().readTree(json);
        } catch (IOException ex) {
            return "?? unreadable event on " + topic;
        }
        String time = Instant.now().toString().substring(11, 19);
        if (topic.equals(Topics.ARTICLES_INGESTED.name())) {
            return String.format("%s  ingested  %s v%d  [%s] %s", time, text(e, "articleId"), e.path("version").asInt(),
                    text(e, "source"), text(e, "title"));
        }
        if (topic.equals(Topics.ARTICLES_ENRICHED.name())) {
            return String.format("%s  enriched  %s v%d  %d sentences, %d entities, %d quotes, %d numbers", time,
                    text(e, "articleId"), e.path("version").asInt(), e.path("sentences").size(),
                    e.path("entities").size(), count(e, "quote"), count(e, "number"));
        }
        if (topic.equals(Topics.STORY_MERGES.name())) {
            return String.format("%s  merged    story %s into %s (bridged by %s)", time, text(e, "absorbedStoryId"),
                    text(e, "storyId"), text(e, "bridgingArticleId"));
        }
        String family = e.hasNonNull("familyId") ? ", " + text(e, "relation") + " in family " + text(e, "familyId")
                : "";
        return String.format("%s  %s  %s -> story %s (%s%s)", time,
                e.path("newStory").asBoolean() ? "new story" : "assigned ", text(e, "articleId"), text(e, "storyId"),
                text(e, "reason"), family);
    }

    private static long count(JsonNode e, String kind) {
        long n = 0;
        for (JsonNode c : e.path("claims")) {
            n += c.path("kind").asText().equals(kind) ? 1 : 0;
        }
        return n;
    }

    private static String text(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asText() : "-";
    }
}
