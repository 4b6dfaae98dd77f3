package io.newsfold.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The broker and PostgreSQL of the local run, as one process: {@code ./newsfold up} starts it. Data stays in
 * {@code NEWSFOLD_DATA} (default {@code .newsfold/data}) across restarts. Ports default away from a system
 * PostgreSQL or Kafka and can be overridden by environment variables.
 */
public final class LocalInfraMain {

    private LocalInfraMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(env("NEWSFOLD_DATA", ".newsfold/data")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(env("NEWSFOLD_KAFKA_PORT", "19092"));
        int controllerPort = Integer.parseInt(env("NEWSFOLD_KAFKA_CONTROLLER_PORT", "19093"));
        int postgresPort = Integer.parseInt(env("NEWSFOLD_POSTGRES_PORT", "15432"));
        Path readyFile = Path.of(env("NEWSFOLD_INFRA_READY_FILE", data.resolve("infra.ready").toString()));
        Files.deleteIfExists(readyFile);

        long started = System.nanoTime();
        EmbeddedInfra infra = EmbeddedInfra.durable(data, kafkaPort, controllerPort, postgresPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                infra.close();
                Files.deleteIfExists(readyFile);
            } catch (Exception e) {
                System.err.println("newsfold infra: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "newsfold-infra-stop"));

        Files.writeString(readyFile, infra.kafkaBootstrapServers() + "\n" + infra.jdbcUrl() + "\n");
        System.out.printf("newsfold infra ready in %d ms: kafka=%s postgres=%s data=%s%n",
                (System.nanoTime() - started) / 1_000_000, infra.kafkaBootstrapServers(), infra.jdbcUrl(), data);
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
