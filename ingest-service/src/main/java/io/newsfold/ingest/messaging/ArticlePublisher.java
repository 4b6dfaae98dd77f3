package io.newsfold.ingest.messaging;

import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics.Channels;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    public void publish(ArticleIngested event) {
        try {
            emitter.send(Record.of(event.articleId(), EventJson.write(event)))
                    .toCompletableFuture()
                    .get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(event.articleId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(event.articleId(), e);
        }
    }

    /** Kafka did not take the event; the version stays stored unpublished and is published on the next attempt. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String articleId, Throwable cause) {
            super("Kafka did not acknowledge article " + articleId, cause);
        }
    }
}
