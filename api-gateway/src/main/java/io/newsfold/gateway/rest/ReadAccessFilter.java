package io.newsfold.gateway.rest;

import io.newsfold.contracts.ApiKeys;
import io.newsfold.gateway.config.ReadKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Asks for a read key on the {@code /v1} routes when read keys are configured. Health, OpenAPI and the reader page
 * are not REST resources and stay open.
 */
public class ReadAccessFilter {

    static final String WWW_AUTHENTICATE = "ApiKey realm=\"newsfold\", header=\"" + ApiKeys.HEADER + "\"";

    @Inject
    ReadKeys keys;

    @ServerRequestFilter
    public Optional<Response> admit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("/v1/") || path.startsWith("v1/"))) {
            return Optional.empty();
        }
        return keys.check(request.getHeaderString(ApiKeys.HEADER))
                .filter(decision -> !decision.allowed())
                .map(decision -> Response.fromResponse(Problems.of(401, decision.outcome().code(),
                                decision.refusal()))
                        .header("WWW-Authenticate", WWW_AUTHENTICATE).build());
    }
}
