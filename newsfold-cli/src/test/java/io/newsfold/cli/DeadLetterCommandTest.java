package io.newsfold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DeadLetterCommandTest {

    private final String kafka = TestInfra.get().kafkaBootstrapServers();

    @Test
    void replaysADeadLetterToItsOriginalTopicOnceAndOnlyOnce() throws Exception {
        String key = "dlq-" + UUID.randomUUID();
        String dlq = Topics.ARTICLES_INGESTED.deadLetter();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka),
                new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(dlq, key, "{\"schemaVersion\": 1, \"id\": \"" + key + "\"}");
            Map.of("dead-letter-reason", "processing-failed: database down",
                    "dead-letter-topic", Topics.ARTICLES_INGESTED.name(),
                    "dead-letter-partition", "2", "dead-letter-offset", "41")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
        List<String> replay = List.of("replay", "--kafka", kafka, "--topic", dlq);

        assertEquals(0, new DeadLetterCommand(Options.parse(replay)).run());
        assertEquals(0, new DeadLetterCommand(Options.parse(replay)).run());

        List<ConsumerRecord<String, String>> back = recordsWithKey(Topics.ARTICLES_INGESTED.name(), key);
        assertEquals(1, back.size(), "replayed once, however often replay runs");
        assertNotNull(back.get(0).headers().lastHeader(DeadLetterCommand.REPLAYED_FROM));
        assertEquals(0, new DeadLetterCommand(Options.parse(List.of("--kafka", kafka, "--topic", dlq))).run(),
                "listing still shows the dead letter: a replay does not delete it");
    }

    private List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key())) {
                        out.add(r);
                    }
                }
                if (!out.isEmpty() && System.nanoTime() > deadline - Duration.ofSeconds(7).toNanos()) {
                    break;
                }
            }
        }
        return out;
    }
}
