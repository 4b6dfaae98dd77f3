package io.newsfold.ingest.rest;

import io.newsfold.ingest.service.RejectedArticleException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A refused article as RFC 9457 problem+json, with the machine-readable reason beside the human detail. */
@Provider
public class RejectionMapper implements ExceptionMapper<RejectedArticleException> {

    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Response toResponse(RejectedArticleException e) {
        int status = e.reason().httpStatus();
        Map<String, Object> problem = Map.of(
                "type", "urn:newsfold:problem:" + e.reason().code(),
                "title", "article refused",
                "status", status,
                "reason", e.reason().code(),
                "detail", e.detail());
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
