package io.newsfold.ingest.messaging;

import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics.Channels;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Publishes article versions keyed by article id, and returns only once the broker has acknowledged them. */
@ApplicationScoped
public class ArticlePublisher {

    private static final long ACK_TIMEOUT_SECONDS = 30;

    @Inject
    @Channel(Channels.ARTICLES_INGESTED)
    Emitter<Record<String, String>> emitter;

    /**
     * Sends every event before waiting for any acknowledgement, so the producer can batch them; returns, for each
     * event in order, null once the broker has it, or why it did not take it.
     */
    public List<PublishFailedException> publishAll(List<ArticleIngested> events) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(events.size());
        for (ArticleIngested event : events) {
            try {
                acks.add(emitter.send(Record.of(event.articleId(), EventJson.write(event))).toCompletableFuture());
            } catch (RuntimeException e) {
                // The emitter refuses outright when its buffer is full; that event failed, the others may not have.
                acks.add(CompletableFuture.failedFuture(e));
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ACK_TIMEOUT_SECONDS);
        List<PublishFailedException> failures = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                failures.add(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new PublishFailedException(events.get(i).articleId(), e));
            } catch (ExecutionException | TimeoutException e) {
                failures.add(new PublishFailedException(events.get(i).articleId(), e));
            }
        }
        return failures;
    }

    /** Kafka did not take the event; the version stays stored unpublished and is published on the next attempt. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String articleId, Throwable cause) {
            super("Kafka did not acknowledge article " + articleId, cause);
        }
    }
}
