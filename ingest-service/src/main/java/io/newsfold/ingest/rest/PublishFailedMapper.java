package io.newsfold.ingest.rest;

import io.newsfold.ingest.messaging.ArticlePublisher.PublishFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Kafka unavailable: the article is stored and will be published when it is sent again, so the client retries. */
@Provider
public class PublishFailedMapper implements ExceptionMapper<PublishFailedException> {

    @Override
    public Response toResponse(PublishFailedException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(RejectionMapper.PROBLEM_JSON)
                .header("Retry-After", "5")
                .entity(Map.of(
                        "type", "urn:newsfold:problem:kafka-unavailable",
                        "title", "article stored but not yet published",
                        "status", 503,
                        "reason", "kafka-unavailable",
                        "detail", "send the same article again to publish it"))
                .build();
    }
}
