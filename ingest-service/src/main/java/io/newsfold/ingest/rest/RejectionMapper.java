package io.newsfold.ingest.rest;

import io.newsfold.ingest.service.RejectedArticleException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused article as RFC 9457 problem+json, with the machine-readable reason beside the human detail. */
@Provider
public class RejectionMapper implements ExceptionMapper<RejectedArticleException> {

    @Override
    public Response toResponse(RejectedArticleException e) {
        return Problems.of(e.reason().httpStatus(), e.reason().code(), "article refused", e.detail()).build();
    }
}
