package io.newsfold.dedupe.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Metrics;
import io.newsfold.contracts.StageMeter;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.StoryMerged;
import io.newsfold.contracts.Topics.Channels;
import io.newsfold.dedupe.service.Decision;
import io.newsfold.dedupe.service.DedupeEngine;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Assigns each enriched article and publishes what changed: merges (keyed by the surviving story) and the
 * assignments of the article and of every article whose family, relation or story changed with it (keyed by
 * story). The decision is committed to PostgreSQL first; the incoming offset is committed only after the broker
 * took every event. A redelivered article is answered from what is stored. All of it, acknowledgements included, is
 * timed and counted as the dedupe stage.
 */
@ApplicationScoped
public class AssignmentConsumer {

    private static final long ACK_TIMEOUT_SECONDS = 30;

    @Inject
    DedupeEngine engine;

    @Inject
    @Channel(Channels.STORY_ASSIGNMENTS)
    Emitter<Record<String, String>> assignments;

    @Inject
    @Channel(Channels.STORY_MERGES)
    Emitter<Record<String, String>> merges;

    private final StageMeter meter;

    @Inject
    AssignmentConsumer(MeterRegistry registry) {
        this.meter = StageMeter.forConsumer(registry, Metrics.Stages.DEDUPE);
    }

    @Incoming(Channels.ARTICLES_ENRICHED)
    @Blocking
    public void consume(String json) throws Exception {
        meter.run(() -> assignAndPublish(json));
    }

    private void assignAndPublish(String json) throws Exception {
        ArticleEnriched article = EventJson.read(json, ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);
        Decision decision = engine.assign(article);
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (StoryMerged m : decision.merges()) {
            acks.add(merges.send(Record.of(m.storyId(), EventJson.write(m))).toCompletableFuture());
        }
        for (StoryAssigned a : decision.assignments()) {
            acks.add(assignments.send(Record.of(a.storyId(), EventJson.write(a))).toCompletableFuture());
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
