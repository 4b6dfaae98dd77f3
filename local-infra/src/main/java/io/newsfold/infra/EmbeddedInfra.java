package io.newsfold.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Kafka and PostgreSQL started from Maven Central jars in this JVM (PostgreSQL as a child process). Either can be
 * restarted on its port and data, as an operator's restart or a host reboot would, for the fault test.
 */
public final class EmbeddedInfra implements Infra, RestartableInfra {

    private final Path dir;
    private final int kafkaPort;
    private final int controllerPort;
    private final boolean durable;
    private final Path throwawayRun;
    private KafkaBroker kafka;
    private PostgresServer postgres;

    private EmbeddedInfra(Path dir, int kafkaPort, int controllerPort, boolean durable, KafkaBroker kafka,
            PostgresServer postgres, Path throwawayRun) {
        this.dir = dir;
        this.kafkaPort = kafkaPort;
        this.controllerPort = controllerPort;
        this.durable = durable;
        this.kafka = kafka;
        this.postgres = postgres;
        this.throwawayRun = throwawayRun;
    }

    /** Servers on free ports in a fresh directory under {@code root}, removed again on close. */
    public static EmbeddedInfra throwaway(Path root) {
        try {
            Path run = Leftovers.newRunDirectory(root);
            return start(run, FreePorts.next(), FreePorts.next(), FreePorts.next(), false, run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a run directory under " + root, e);
        }
    }

    /** Servers on fixed ports whose data stays in {@code dataDir} across restarts: the local run. */
    public static EmbeddedInfra durable(Path dataDir, int kafkaPort, int controllerPort, int postgresPort) {
        return start(dataDir, kafkaPort, controllerPort, postgresPort, true, null);
    }

    private static EmbeddedInfra start(Path dir, int kafkaPort, int controllerPort, int postgresPort, boolean durable,
            Path throwawayRun) {
        PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), postgresPort, durable);
        try {
            KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), kafkaPort, controllerPort);
            TopicSetup.createCatalogueTopics(kafka.bootstrapServers());
            return new EmbeddedInfra(dir, kafkaPort, controllerPort, durable, kafka, postgres, throwawayRun);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    @Override
    public synchronized void restartKafka(Duration down) {
        kafka.close();
        sleep(down);
        kafka = KafkaBroker.start(dir.resolve("kafka"), kafkaPort, controllerPort);
    }

    @Override
    public synchronized void restartPostgres(Duration down) {
        int port = postgres.port();
        postgres.close();
        sleep(down);
        postgres = PostgresServer.start(dir.resolve("postgres"), port, durable);
    }

    private static void sleep(Duration down) {
        try {
            Thread.sleep(down.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a server was down", e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    @Override
    public String dbUser() {
        return PostgresServer.USER;
    }

    @Override
    public String dbPassword() {
        return "";
    }

    @Override
    public synchronized void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
            if (throwawayRun != null) {
                try {
                    Leftovers.deleteRecursively(throwawayRun);
                } catch (IOException e) {
                    // The next run's leftover scan removes it.
                }
            }
        }
    }
}
