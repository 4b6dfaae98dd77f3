package io.newsfold.dedupe.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Metrics;
import io.newsfold.contracts.OutageRetry;
import io.newsfold.contracts.StageMeter;
import io.newsfold.contracts.Topics.Channels;
import io.newsfold.dedupe.service.DedupeEngine;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Assigns each enriched article, then publishes what the decision changed: merges (keyed by the surviving story)
 * and the assignments of the article and of every article whose family, relation or story changed with it (keyed
 * by story). The decision and its events are committed to PostgreSQL together; the incoming offset is committed
 * only after the broker took the events. A redelivered article is answered from what is stored. While PostgreSQL or
 * the broker is away the article is tried again, not dead-lettered. All of it, acknowledgements included, is timed
 * and counted as the dedupe stage.
 */
@ApplicationScoped
public class AssignmentConsumer {

    private final OutageRetry outages = OutageRetry.standard();

    @Inject
    DedupeEngine engine;

    @Inject
    DecisionOutbox outbox;

    private final StageMeter meter;

    @Inject
    AssignmentConsumer(MeterRegistry registry) {
        this.meter = StageMeter.forConsumer(registry, Metrics.Stages.DEDUPE);
    }

    @Incoming(Channels.ARTICLES_ENRICHED)
    @Blocking
    public void consume(String json) throws Exception {
        meter.run(() -> {
            ArticleEnriched article = EventJson.read(json, ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);
            outages.run(() -> {
                engine.assign(article);
                outbox.publishPending();
            });
        });
    }
}
