package io.newsfold.cli;

import io.newsfold.contracts.Topic;
import io.newsfold.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code newsfold dlq} lists the dead letters of every channel with why they died and where they came from;
 * {@code newsfold dlq replay} sends them back to the topic they came from, once: the replay group's committed
 * offsets remember what was already sent. Consumers are idempotent, so a record replayed twice changes nothing.
 */
final class DeadLetterCommand {

    static final String REPLAY_GROUP = "newsfold-dlq-replay";
    static final String REPLAYED_FROM = "newsfold-replayed-from";

    private final Options options;
    private final String onlyTopic;
    private final String onlyReason;

    DeadLetterCommand(Options options) {
        this.options = options;
        this.onlyTopic = options.extra().get("topic");
        this.onlyReason = options.extra().get("reason");
    }

    int run() {
        boolean replay = !options.paths().isEmpty() && options.paths().get(0).equals("replay");
        if (!options.paths().isEmpty() && !replay) {
            System.err.println("usage: newsfold dlq [replay] [--topic DLQ_TOPIC] [--reason CODE]");
            return 2;
        }
        if (replay && onlyReason != null) {
            System.err.println("replay sends every dead letter of a topic in order; --reason is for listing only");
            return 2;
        }
        Map<String, Integer> byReason = new TreeMap<>();
        int replayed = 0;
        for (Topic topic : Topics.all()) {
            if (!topic.hasDeadLetter() || onlyTopic != null && !onlyTopic.equals(topic.deadLetter())) {
                continue;
            }
            List<ConsumerRecord<String, String>> letters = read(topic.deadLetter(), replay);
            for (ConsumerRecord<String, String> r : letters) {
                String reason = header(r, "dead-letter-reason");
                String code = reason == null ? "unknown" : reason.split("[: ]", 2)[0];
                if (onlyReason != null && !onlyReason.equals(code)) {
                    continue;
                }
                byReason.merge(topic.deadLetter() + "  " + code, 1, Integer::sum);
                if (!replay) {
                    print(r, reason);
                }
            }
            if (replay && !letters.isEmpty()) {
                replayed += replay(topic, letters);
            }
        }
        System.out.println();
        if (byReason.isEmpty()) {
            System.out.println(replay ? "no dead letters left to replay" : "no dead letters");
        } else {
            byReason.forEach((k, n) -> System.out.printf("%6d  %s%n", n, k));
        }
        if (replay) {
            System.out.printf("replayed %d record(s) to the topics they came from%n", replayed);
        }
        return 0;
    }

    /**
     * Every record of a dead-letter topic; for a replay only those after the replay group's committed offsets.
     */
    private List<ConsumerRecord<String, String>> read(String topic, boolean replay) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, replay ? REPLAY_GROUP : "newsfold-dlq-list-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                if (replay && c != null) {
                    consumer.seek(tp, c.offset());
                } else {
                    consumer.seekToBeginning(List.of(tp));
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    private int replay(Topic topic, List<ConsumerRecord<String, String>> letters) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"), new StringSerializer(), new StringSerializer())) {
            for (ConsumerRecord<String, String> r : letters) {
                String origin = header(r, "dead-letter-topic");
                var record = new ProducerRecord<>(origin != null ? origin : topic.name(), r.key(), r.value());
                record.headers().add(REPLAYED_FROM, (r.topic() + "/" + r.partition() + "/" + r.offset())
                        .getBytes(StandardCharsets.UTF_8));
                producer.send(record);
                done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            }
            producer.flush();
        }
        // Only after the broker has every replayed record: a crash in between replays again, never loses.
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.commitSync(done);
        }
        return letters.size();
    }

    private static void print(ConsumerRecord<String, String> r, String reason) {
        String value = r.value() == null ? "" : r.value().replaceAll("\\s+", " ");
        System.out.printf("%s %d:%d  %s  key=%s%n  reason: %s%n  cause:  %s%n  from:   %s %s:%s%n  value:  %s%n",
                r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(), reason,
                header(r, "dead-letter-cause"), header(r, "dead-letter-topic"), header(r, "dead-letter-partition"),
                header(r, "dead-letter-offset"), value.length() > 160 ? value.substring(0, 160) + "…" : value);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
