package io.newsfold.ingest.rest;

import io.newsfold.ingest.messaging.ArticlePublisher.PublishFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Kafka unavailable: the article is stored and will be published when it is sent again, so the client retries. */
@Provider
public class PublishFailedMapper implements ExceptionMapper<PublishFailedException> {

    @Override
    public Response toResponse(PublishFailedException e) {
        return Problems.of(503, "kafka-unavailable", "article stored but not yet published",
                        "send the same article again to publish it")
                .header("Retry-After", "5")
                .build();
    }
}
