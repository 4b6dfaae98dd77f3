package io.newsfold.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the binaries zonky ships on Maven Central. As root, zonky runs initdb through a user
 * namespace, so this works on machines where PostgreSQL would otherwise refuse to initialise.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    /** Held so the level sticks: zonky reports every start at INFO through the test JVM's log manager. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("io.zonky");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code dataDir}, creating the cluster if the directory is new and the
     * {@link Infra#DATABASE} database if it is missing.
     *
     * @param durable false for throwaway test servers: fsync off makes them much faster and they hold nothing
     *                worth keeping.
     */
    public static PostgresServer start(Path dataDir, int port, boolean durable) {
        QUIET.setLevel(java.util.logging.Level.WARNING);
        try {
            Files.createDirectories(dataDir.getParent());
            Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (!durable) {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            PostgresServer server = new PostgresServer(builder.start());
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on " + dataDir, e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(USER, "postgres"), USER, "");
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + Infra.DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + Infra.DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + Infra.DATABASE, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + Infra.DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        }
    }
}
