package io.newsfold.ingest.messaging;

import io.newsfold.contracts.OutageRetry;
import io.newsfold.contracts.Topics.Channels;
import io.newsfold.ingest.service.IngestService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka way in: JSON articles produced to the input topic take the same path as HTTP ones. A refused article
 * fails the record, which the channel's dead-letter strategy sends to the dead-letter topic with the reason in
 * its headers; the offset is committed only after the article is stored and published. While PostgreSQL or the
 * broker is away the article is tried again, not refused.
 */
@ApplicationScoped
public class SubmittedArticleConsumer {

    private final OutageRetry outages = OutageRetry.standard();

    @Inject
    IngestService ingest;

    @Incoming(Channels.ARTICLES_SUBMITTED)
    @Blocking
    public void consume(String json) {
        outages.run(() -> ingest.ingestJson(json));
    }
}
