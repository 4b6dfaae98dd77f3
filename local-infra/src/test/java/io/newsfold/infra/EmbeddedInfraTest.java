package io.newsfold.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfraTest {

    @Test
    void startsARealBrokerAndDatabaseWithEveryCatalogueTopic(@TempDir Path root) throws Exception {
        try (EmbeddedInfra infra = EmbeddedInfra.throwaway(root)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", infra.kafkaBootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                assertTrue(topics.containsAll(Topics.allNamesWithDeadLetters()), topics::toString);
            }

            String topic = Topics.ARTICLES_SUBMITTED.name();
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "k", "hello")).get(10, TimeUnit.SECONDS);
            }
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "infra-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                String value = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (value == null && System.nanoTime() < deadline) {
                    for (var r : consumer.poll(Duration.ofMillis(200))) {
                        value = r.value();
                    }
                }
                assertEquals("hello", value);
            }

            try (var c = DriverManager.getConnection(infra.jdbcUrl(), infra.dbUser(), infra.dbPassword());
                 var rs = c.createStatement().executeQuery("SELECT current_database()")) {
                assertTrue(rs.next());
                assertEquals(Infra.DATABASE, rs.getString(1));
            }
        }
    }

    @Test
    void keepsTopicsOffsetsAndRowsAcrossARestartOfEachServerOnItsAddress(@TempDir Path root) throws Exception {
        try (EmbeddedInfra infra = EmbeddedInfra.throwaway(root)) {
            String bootstrap = infra.kafkaBootstrapServers();
            String jdbc = infra.jdbcUrl();
            String topic = Topics.ARTICLES_SUBMITTED.name();
            try (var c = DriverManager.getConnection(jdbc, infra.dbUser(), infra.dbPassword())) {
                c.createStatement().execute("CREATE TABLE survivors (name text)");
                c.createStatement().execute("INSERT INTO survivors VALUES ('before')");
            }
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "k", "before restart")).get(10, TimeUnit.SECONDS);

                infra.restartKafka(Duration.ofMillis(200));
                infra.restartPostgres(Duration.ofMillis(200));

                // The same producer, as a running service's would, reconnects and goes on.
                producer.send(new ProducerRecord<>(topic, "k", "after restart")).get(60, TimeUnit.SECONDS);
            }
            assertEquals(bootstrap, infra.kafkaBootstrapServers());
            assertEquals(jdbc, infra.jdbcUrl());
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                List<String> values = new java.util.ArrayList<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (values.size() < 2 && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                }
                assertEquals(List.of("before restart", "after restart"), values);
            }
            try (var c = DriverManager.getConnection(jdbc, infra.dbUser(), infra.dbPassword());
                 var rs = c.createStatement().executeQuery("SELECT name FROM survivors")) {
                assertTrue(rs.next());
                assertEquals("before", rs.getString(1));
            }
        }
    }

    @Test
    void removesRunDirectoriesOfDeadOwners(@TempDir Path root) throws Exception {
        Path stale = Files.createDirectory(root.resolve("run-stale"));
        // No process has pid 2^22+1 on Linux (pid_max is at most 2^22).
        Files.writeString(stale.resolve("owner.pid"), String.valueOf((1 << 22) + 1));
        Path mine = Leftovers.newRunDirectory(root);

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(mine));
    }
}
