package io.newsfold.infra;

import java.util.Map;

/** A running Kafka broker and PostgreSQL server, however they were started. */
public interface Infra extends AutoCloseable {

    String DATABASE = "newsfold";

    String kafkaBootstrapServers();

    String jdbcUrl();

    String dbUser();

    String dbPassword();

    /** The settings a Quarkus service needs to use this infrastructure. */
    default Map<String, String> quarkusConfig() {
        return Map.of(
                "kafka.bootstrap.servers", kafkaBootstrapServers(),
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", dbUser(),
                "quarkus.datasource.password", dbPassword());
    }

    /** The same settings as environment variables, for services started as separate processes. */
    default Map<String, String> environment() {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", dbUser(),
                "QUARKUS_DATASOURCE_PASSWORD", dbPassword());
    }

    @Override
    void close();
}
