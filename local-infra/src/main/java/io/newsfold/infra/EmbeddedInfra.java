package io.newsfold.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Kafka and PostgreSQL started from Maven Central jars in this JVM (PostgreSQL as a child process). */
public final class EmbeddedInfra implements Infra {

    private final KafkaBroker kafka;
    private final PostgresServer postgres;
    private final Path throwawayRun;

    private EmbeddedInfra(KafkaBroker kafka, PostgresServer postgres, Path throwawayRun) {
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
            return new EmbeddedInfra(kafka, postgres, throwawayRun);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
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
    public void close() {
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
