package io.newsfold.cli;

import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures ingest throughput on a running stack — over HTTP one article a request, over HTTP as NDJSON batches, and
 * through the input topic — next to the raw Kafka producer rate for the same articles measured in the same run,
 * which is the ceiling any ingest path could reach.
 */
final class IngestBenchCommand {

    private static final int BATCH = 100;

    private final Options options;
    private final int count;
    private final int clients;

    IngestBenchCommand(Options options) {
        this.options = options;
        this.count = options.count() > 0 ? options.count() : 2000;
        this.clients = options.clients() > 0 ? options.clients() : 4;
    }

    int run() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.printf("ingest benchmark: %d articles a path, %d HTTP clients, %d cores, run %s%n", count, clients,
                Runtime.getRuntime().availableProcessors(), run);
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("raw Kafka producer (baseline)", rawProducer(articles(run + "-raw")));
        rates.put("HTTP, one article a request", httpSingle(articles(run + "-http")));
        rates.put("HTTP, NDJSON batches of " + BATCH, httpBatch(articles(run + "-ndjson")));
        rates.put("Kafka input topic to published", kafkaPath(articles(run + "-kafka"), run + "-kafka"));
        double baseline = rates.values().iterator().next();
        System.out.printf("%n%-36s %12s %10s%n", "path", "articles/s", "vs raw");
        rates.forEach((path, rate) -> System.out.printf("%-36s %12.1f %9.3fx%n", path, rate, rate / baseline));
        return 0;
    }

    /** Distinct realistic-length articles, so that none is refused as a duplicate. */
    private List<String> articles(String prefix) {
        Random random = new Random(prefix.hashCode());
        String[] words = {"ferry", "harbour", "council", "minister", "talks", "ice", "crossing", "passengers",
            "official", "said", "on", "Monday", "the", "a", "and", "to", "of", "after", "report", "city", "region",
            "agreement", "vote", "budget", "week", "residents", "service", "plan", "trial", "route"};
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                for (int w = 0; w < 40; w++) {
                    text.append(words[random.nextInt(words.length)]).append(w == 39 ? ". " : " ");
                }
                text.append("\n\n");
            }
            text.append("Reference ").append(prefix).append('-').append(i).append('.');
            out.add(EventJson.write(Map.of("id", prefix + "-" + i, "source", "Bench Wire",
                    "title", "Bench article " + i, "text", text.toString())));
        }
        return out;
    }

    private double rawProducer(List<String> docs) throws Exception {
        String topic = "newsfold.bench." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka()))) {
            admin.createTopics(List.of(new NewTopic(topic, Topics.PARTITIONS, (short) 1))).all().get(30,
                    TimeUnit.SECONDS);
            try (var producer = producer()) {
                long start = System.nanoTime();
                List<Future<?>> acks = new ArrayList<>(docs.size());
                for (int i = 0; i < docs.size(); i++) {
                    acks.add(producer.send(new ProducerRecord<>(topic, "raw-" + i, docs.get(i))));
                }
                for (Future<?> ack : acks) {
                    ack.get(60, TimeUnit.SECONDS);
                }
                return rate(docs.size(), start);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private double httpSingle(List<String> docs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        return parallel(docs.size(), i -> {
            HttpResponse<String> r = http.send(request("application/json", docs.get(i)),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 202) {
                throw new IllegalStateException("ingest answered " + r.statusCode() + ": " + r.body());
            }
        });
    }

    private double httpBatch(List<String> docs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int batches = (docs.size() + BATCH - 1) / BATCH;
        long start = System.nanoTime();
        parallel(batches, b -> {
            String body = String.join("\n", docs.subList(b * BATCH, Math.min(docs.size(), (b + 1) * BATCH)));
            HttpResponse<String> r = http.send(request("application/x-ndjson", body),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().lines().allMatch(l -> l.contains("\"accepted\""))) {
                throw new IllegalStateException("batch not accepted: " + r.statusCode());
            }
        });
        return rate(docs.size(), start);
    }

    /** From the first record produced to the input topic until ingest has published the last one. */
    private double kafkaPath(List<String> docs, String prefix) throws Exception {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + prefix,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ARTICLES_INGESTED.name()));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            // Resolve "latest" now: left to a later poll, it can land after ingest published the first articles.
            consumer.assignment().forEach(consumer::position);
            long start = System.nanoTime();
            try (var producer = producer()) {
                for (int i = 0; i < docs.size(); i++) {
                    producer.send(new ProducerRecord<>(Topics.ARTICLES_SUBMITTED.name(), prefix + "-" + i,
                            docs.get(i)));
                }
            }
            Set<String> seen = new java.util.HashSet<>();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (seen.size() < docs.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key() != null && r.key().startsWith(prefix)) {
                        seen.add(r.key());
                    }
                });
            }
            if (seen.size() < docs.size()) {
                throw new IllegalStateException("only " + seen.size() + " of " + docs.size() + " came through");
            }
            return rate(docs.size(), start);
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "5"), new StringSerializer(), new StringSerializer());
    }

    private HttpRequest request(String type, String body) {
        return Http.keyed(HttpRequest.newBuilder(URI.create(options.ingestUrl() + "/v1/articles")), options.apiKey())
                .header("Content-Type", type).timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @FunctionalInterface
    private interface Task {
        void run(int index) throws Exception;
    }

    private double parallel(int tasks, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int i = client; i < tasks; i += clients) {
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return rate(tasks, start);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double rate(int n, long startNanos) {
        return n / ((System.nanoTime() - startNanos) / 1e9);
    }
}
