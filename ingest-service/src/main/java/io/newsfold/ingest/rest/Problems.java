package io.newsfold.ingest.rest;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/** RFC 9457 problem+json answers with the machine-readable reason beside the human detail. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /** A problem answer; headers may still be added to the builder. */
    static Response.ResponseBuilder of(int status, String reason, String title, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(Map.of(
                "type", "urn:newsfold:problem:" + reason,
                "title", title,
                "status", status,
                "reason", reason,
                "detail", detail));
    }
}
