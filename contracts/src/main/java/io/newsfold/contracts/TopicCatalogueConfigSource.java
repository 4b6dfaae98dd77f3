package io.newsfold.contracts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Binds the channels a service uses to their topics, string serialisers and dead-letter topics, so that no service
 * repeats a topic name in its configuration. A service says which channels it uses by giving them a connector
 * ({@code mp.messaging.incoming.articles-ingested.connector=smallrye-kafka}); see
 * {@link TopicCatalogueConfigSourceFactory}. Its ordinal is below {@code application.properties}, so a service or
 * an operator can still override any of it.
 */
public class TopicCatalogueConfigSource implements ConfigSource {

    private static final String STRING_SERIALIZER = "org.apache.kafka.common.serialization.StringSerializer";
    private static final String STRING_DESERIALIZER = "org.apache.kafka.common.serialization.StringDeserializer";

    private final Map<String, String> properties;

    TopicCatalogueConfigSource(Set<String> incoming, Set<String> outgoing) {
        this.properties = build(incoming, outgoing);
    }

    private static Map<String, String> build(Set<String> incoming, Set<String> outgoing) {
        Map<String, String> p = new HashMap<>();
        for (Topic topic : Topics.all()) {
            if (incoming.contains(topic.channel())) {
                bindIncoming(p, topic);
            }
            if (outgoing.contains(topic.channel())) {
                bindOutgoing(p, topic);
            }
        }
        return Map.copyOf(p);
    }

    private static void bindIncoming(Map<String, String> p, Topic topic) {
        String in = "mp.messaging.incoming." + topic.channel() + ".";
        p.put(in + "topic", topic.name());
        p.put(in + "key.deserializer", STRING_DESERIALIZER);
        p.put(in + "value.deserializer", STRING_DESERIALIZER);
        // A new consumer group reads a topic from its start: replaying rebuilds the same state.
        p.put(in + "auto.offset.reset", "earliest");
        // The broker answers a fetch as soon as one record is there, so a longer wait on an idle topic costs no
        // latency; it only spares the fetches of idle consumers, which halved the idle stack's CPU.
        p.put(in + "fetch.max.wait.ms", "5000");
        if (topic.hasDeadLetter()) {
            p.put(in + "failure-strategy", "dead-letter-queue");
            p.put(in + "dead-letter-queue.topic", topic.deadLetter());
            p.put(in + "dead-letter-queue.key.serializer", STRING_SERIALIZER);
            p.put(in + "dead-letter-queue.value.serializer", STRING_SERIALIZER);
        }
    }

    private static void bindOutgoing(Map<String, String> p, Topic topic) {
        String out = "mp.messaging.outgoing." + topic.channel() + ".";
        p.put(out + "topic", topic.name());
        p.put(out + "key.serializer", STRING_SERIALIZER);
        p.put(out + "value.serializer", STRING_SERIALIZER);
        p.put(out + "acks", "all");
        p.put(out + "enable.idempotence", "true");
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "newsfold-topic-catalogue";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
