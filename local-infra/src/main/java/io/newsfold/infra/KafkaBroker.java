package io.newsfold.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import io.newsfold.contracts.Topics;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/** A real single-node Kafka broker in KRaft mode (broker and controller in one), run inside this JVM. */
public final class KafkaBroker implements AutoCloseable {

    /**
     * Held so the levels stick: inside a test JVM the broker logs through the application's log manager, where
     * its INFO chatter would drown the tests' own output. JUL reaches that manager (JBoss Log Manager implements it).
     */
    private static final List<java.util.logging.Logger> QUIET = List.of("kafka", "org.apache.kafka",
            "state.change.logger", "org.apache.kafka.raft", "kafka.server").stream()
            .map(java.util.logging.Logger::getLogger).toList();

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts a broker whose log lives in {@code logDir}. Storage is formatted only when the directory is new, so a
     * broker restarted on the same directory keeps its topics and offsets.
     */
    public static KafkaBroker start(Path logDir, int port, int controllerPort) {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        try {
            Files.createDirectories(logDir);
            Properties props = brokerProperties(logDir, port, controllerPort);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(props, logDir);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            return new KafkaBroker(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka log directory " + logDir, e);
        }
    }

    static Properties brokerProperties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // One node: every internal topic has one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics come from the catalogue; a stray name is an error, not a silently created topic.
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", String.valueOf(Topics.PARTITIONS));
        // The cleaner's 128 MiB default dedupe buffer would be taken from this JVM's heap.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        return p;
    }

    private static void format(Properties props, Path logDir) throws IOException {
        Path configFile = logDir.resolveSibling(logDir.getFileName() + ".format.properties");
        try (Writer w = Files.newBufferedWriter(configFile)) {
            props.store(w, "Newsfold single-node KRaft broker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", randomClusterId(), "-c", configFile.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(configFile);
        if (rc != 0) {
            throw new IllegalStateException("formatting Kafka storage failed: " + out.toString(StandardCharsets.UTF_8));
        }
    }

    private static String randomClusterId() {
        return Uuid.randomUuid().toString();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public String toString() {
        return "Kafka broker at " + bootstrapServers();
    }
}
