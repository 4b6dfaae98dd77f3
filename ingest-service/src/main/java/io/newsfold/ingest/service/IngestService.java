package io.newsfold.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsfold.contracts.ArticleSubmission;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Metrics;
import io.newsfold.contracts.PoisonRecordException;
import io.newsfold.contracts.StageMeter;
import io.newsfold.ingest.cleaning.LanguageGuesser;
import io.newsfold.ingest.config.IngestConfig;
import io.newsfold.ingest.messaging.ArticlePublisher;
import io.newsfold.ingest.persistence.ArticleStore;
import io.newsfold.ingest.persistence.StoreOutcome;
import io.newsfold.ingest.persistence.StoredVersion;
import io.newsfold.ingest.service.RejectedArticleException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one path every article takes, whether it came over HTTP or from the input topic: parse, validate, normalise,
 * store with its raw input, publish, and only then mark it published. A version that was stored but not published
 * (Kafka down) is published when the same article arrives again.
 */
@ApplicationScoped
public class IngestService {

    private final ArticleNormalizer normalizer;
    private final ArticleStore store;
    private final ArticlePublisher publisher;
    private final StageMeter meter;

    @Inject
    public IngestService(IngestConfig config, ArticleStore store, ArticlePublisher publisher,
            MeterRegistry registry) {
        this.normalizer = new ArticleNormalizer(config.limits(), new LanguageGuesser());
        this.store = store;
        this.publisher = publisher;
        this.meter = new StageMeter(registry, Metrics.Stages.INGEST, RejectedArticleException.class::isInstance);
    }

    /** Ingests one raw JSON document as the sender wrote it; timed and counted as the ingest stage. */
    public IngestResult ingestJson(String rawJson) {
        return meter.record(() -> parseAndIngest(rawJson));
    }

    private IngestResult parseAndIngest(String rawJson) {
        ArticleSubmission submission;
        try {
            submission = EventJson.readInput(rawJson, ArticleSubmission.class);
        } catch (PoisonRecordException e) {
            throw new RejectedArticleException(Reason.BAD_JSON, e.getMessage());
        }
        StorableJson.check(rawJson);
        return ingest(submission, rawJson);
    }

    private IngestResult ingest(ArticleSubmission submission, String rawJson) {
        Instant now = Instant.now();
        NormalizedArticle article = normalizer.normalize(submission, now);
        StoreOutcome outcome = store.store(article, rawJson, now);
        StoredVersion version = outcome.version();
        if (!version.published()) {
            publisher.publish(version.toEvent());
            store.markPublished(version.articleId(), version.version());
        }
        if (outcome.duplicate()) {
            return new IngestResult(article.id(), version.version(), IngestResult.DUPLICATE,
                    new IngestResult.DuplicateOf(version.articleId(), version.version()));
        }
        return new IngestResult(article.id(), version.version(), IngestResult.ACCEPTED, null);
    }
}
