package io.newsfold.ingest.rest;

import io.newsfold.contracts.ApiKeys;
import io.newsfold.ingest.service.WriteAccess;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every write (any method but GET, HEAD and OPTIONS) needs an API key in {@code X-API-Key} and stays within that
 * key's rate; the check runs before the body is read. Health and OpenAPI are not REST resources and stay open.
 */
public class WriteAccessFilter {

    static final String WWW_AUTHENTICATE = "ApiKey realm=\"newsfold-ingest\", header=\"" + ApiKeys.HEADER + "\"";

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    WriteAccess access;

    @ServerRequestFilter
    public Optional<Response> admit(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return Optional.empty();
        }
        WriteAccess.Admission admission = access.admit(request.getHeaderString(ApiKeys.HEADER));
        ApiKeys.Decision decision = admission.decision();
        if (!decision.allowed()) {
            return Optional.of(Problems.of(401, decision.outcome().code(), "API key required", decision.refusal())
                    .header("WWW-Authenticate", WWW_AUTHENTICATE).build());
        }
        if (admission.retryAfterSeconds() > 0) {
            return Optional.of(Problems.of(429, "rate-limited", "too many requests",
                            "key '" + decision.keyName() + "' may send " + access.limitDescription() + "; retry after "
                                    + admission.retryAfterSeconds() + " s")
                    .header("Retry-After", String.valueOf(admission.retryAfterSeconds())).build());
        }
        Log.debugf("%s %s by key %s", request.getMethod(), request.getUriInfo().getPath(), decision.keyName());
        return Optional.empty();
    }
}
