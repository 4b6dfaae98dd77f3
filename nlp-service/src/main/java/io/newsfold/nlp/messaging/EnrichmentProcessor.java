package io.newsfold.nlp.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Metrics;
import io.newsfold.contracts.StageMeter;
import io.newsfold.contracts.Topics.Channels;
import io.newsfold.nlp.service.Enricher;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Consumes ingested articles and publishes their enrichment keyed by article id. The incoming offset is committed
 * only once the enriched record is acknowledged; an unreadable record goes to the dead-letter topic. Reading and
 * enriching are timed and counted as the nlp stage; the trace of the incoming record goes on in the outgoing one.
 */
@ApplicationScoped
public class EnrichmentProcessor {

    @Inject
    Enricher enricher;

    private final StageMeter meter;

    @Inject
    EnrichmentProcessor(MeterRegistry registry) {
        this.meter = StageMeter.forConsumer(registry, Metrics.Stages.NLP);
    }

    @Incoming(Channels.ARTICLES_INGESTED)
    @Outgoing(Channels.ARTICLES_ENRICHED)
    @Blocking
    public Record<String, String> process(String json) {
        return meter.record(() -> {
            ArticleIngested article = EventJson.read(json, ArticleIngested.class, ArticleIngested.SCHEMA_VERSION);
            ArticleEnriched enriched = enricher.enrich(article);
            return Record.of(enriched.articleId(), EventJson.write(enriched));
        });
    }
}
