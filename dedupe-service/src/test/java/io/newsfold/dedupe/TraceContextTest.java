package io.newsfold.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * With the OpenTelemetry SDK switched on (spans made, none exported), an article's trace goes on through dedupe:
 * the assignment it publishes carries the trace id that came in with the enriched article (W3C traceparent).
 */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
@TestProfile(TraceContextTest.TracingOn.class)
class TraceContextTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none");
        }
    }

    @Test
    void anAssignmentGoesOnWithTheTraceOfItsEnrichedArticle() throws Exception {
        String kafka = TestInfra.get().kafkaBootstrapServers();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = "traced-" + UUID.randomUUID();
        var record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED.name(), id,
                EventJson.write(DemoArticles.enriched("06-city-ledger.json", id, DemoArticles.dialect())));
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        try (var probe = TopicProbe.reading(kafka, Topics.STORY_ASSIGNMENTS.name())) {
            var assigned = probe.await(r -> r.value().contains(id), 1, Duration.ofSeconds(60)).get(0);
            String carried = TopicProbe.header(assigned, "traceparent");
            assertNotNull(carried, "the assignment carries a trace context");
            assertEquals(traceId, carried.split("-")[1]);
        }
    }
}
