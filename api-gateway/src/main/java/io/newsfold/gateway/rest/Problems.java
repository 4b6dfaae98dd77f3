package io.newsfold.gateway.rest;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/** RFC 9457 problem+json answers with a machine-readable reason. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static Response of(int status, String reason, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(Map.of(
                "type", "urn:newsfold:problem:" + reason,
                "title", Response.Status.fromStatusCode(status).getReasonPhrase(),
                "status", status,
                "reason", reason,
                "detail", detail)).build();
    }

    static Response notFound(String what, String id) {
        return of(404, "not-found", "no " + what + " " + id + " (yet)");
    }
}
