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
import io.newsfold.ingest.messaging.ArticlePublisher.PublishFailedException;
import io.newsfold.ingest.persistence.ArticleStore;
import io.newsfold.ingest.persistence.StoreOutcome;
import io.newsfold.ingest.persistence.StoredVersion;
import io.newsfold.ingest.service.RejectedArticleException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** One submission's answer in a batch: its result, or why it was refused. */
    public record Answer(IngestResult result, RuntimeException refusal) {

        /** The result, or the refusal thrown (a {@link RejectedArticleException} or a publish failure). */
        public IngestResult orThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return result;
        }
    }

    /** Ingests one raw JSON document as the sender wrote it; timed and counted as the ingest stage. */
    public IngestResult ingestJson(String rawJson) {
        return ingestAll(List.of(rawJson)).get(0).orThrow();
    }

    /**
     * Ingests raw JSON documents together, answering each in order: each is validated and cleaned on its own, so a
     * bad one refuses only itself, and the good ones are stored in one transaction and published together, which
     * costs one commit and one wait for the broker for the lot instead of one each. Each counts as one unit of the
     * ingest stage, with its own cleaning time and an equal share of the storing and publishing.
     */
    public List<Answer> ingestAll(List<String> rawJsons) {
        int n = rawJsons.size();
        Answer[] answers = new Answer[n];
        long[] nanos = new long[n];
        boolean[] prepared = new boolean[n];
        List<Integer> positions = new ArrayList<>(n);
        List<ArticleStore.Submission> submissions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            try {
                submissions.add(prepare(rawJsons.get(i)));
                positions.add(i);
                prepared[i] = true;
            } catch (RejectedArticleException e) {
                answers[i] = new Answer(null, e);
            }
            nanos[i] = System.nanoTime() - started;
        }
        long started = System.nanoTime();
        RuntimeException failure = null;
        try {
            if (!submissions.isEmpty()) {
                storeAndPublish(submissions, positions, answers);
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            long share = (System.nanoTime() - started) / Math.max(1, submissions.size());
            for (int i = 0; i < n; i++) {
                Throwable outcome = answers[i] == null ? failure : answers[i].refusal();
                meter.recordDone(nanos[i] + (prepared[i] ? share : 0), outcome);
            }
        }
        return List.of(answers);
    }

    private ArticleStore.Submission prepare(String rawJson) {
        ArticleSubmission submission;
        try {
            submission = EventJson.readInput(rawJson, ArticleSubmission.class);
        } catch (PoisonRecordException e) {
            throw new RejectedArticleException(Reason.BAD_JSON, e.getMessage());
        }
        StorableJson.check(rawJson);
        Instant now = Instant.now();
        return new ArticleStore.Submission(normalizer.normalize(submission, now), rawJson, now);
    }

    /**
     * Publishes stored versions together and marks those the broker took as published; returns, for each in order,
     * null or why the broker did not take it (that version stays unpublished for the relay or the next attempt).
     */
    public List<PublishFailedException> publish(List<StoredVersion> versions) {
        List<PublishFailedException> failures = publisher.publishAll(
                versions.stream().map(StoredVersion::toEvent).toList());
        List<StoredVersion> published = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            if (failures.get(i) == null) {
                published.add(versions.get(i));
            }
        }
        store.markPublished(published);
        return failures;
    }

    /** Stores, publishes what is not yet published (each version once), and answers each submission. */
    private void storeAndPublish(List<ArticleStore.Submission> submissions, List<Integer> positions,
                                 Answer[] answers) {
        List<StoreOutcome> outcomes = store.storeAll(submissions);
        Map<String, Integer> eventOf = new HashMap<>();
        List<StoredVersion> unpublished = new ArrayList<>();
        for (StoreOutcome o : outcomes) {
            StoredVersion v = o.version();
            if (!v.published() && eventOf.putIfAbsent(v.articleId() + ":" + v.version(), unpublished.size()) == null) {
                unpublished.add(v);
            }
        }
        List<PublishFailedException> failures = publish(unpublished);
        for (int k = 0; k < outcomes.size(); k++) {
            StoredVersion v = outcomes.get(k).version();
            // Only versions that were unpublished have an event, and so a failure to answer with.
            Integer event = eventOf.get(v.articleId() + ":" + v.version());
            PublishFailedException failed = event == null ? null : failures.get(event);
            String id = submissions.get(k).article().id();
            IngestResult result = outcomes.get(k).duplicate()
                    ? new IngestResult(id, v.version(), IngestResult.DUPLICATE,
                            new IngestResult.DuplicateOf(v.articleId(), v.version()))
                    : new IngestResult(id, v.version(), IngestResult.ACCEPTED, null);
            answers[positions.get(k)] = failed != null ? new Answer(null, failed) : new Answer(result, null);
        }
    }
}
