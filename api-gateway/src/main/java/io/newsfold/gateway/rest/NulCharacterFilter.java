package io.newsfold.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL text cannot hold the NUL character, so a path or query value with one (sent as %00) is refused as the
 * client's error before it can reach a query.
 */
public class NulCharacterFilter {

    @ServerRequestFilter
    public Optional<Response> refuseNul(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        if (holdsNul(uri.getPathParameters()) || holdsNul(uri.getQueryParameters())) {
            return Optional.of(Problems.of(400, "invalid-character", "path and query values may not hold NUL (%00)"));
        }
        return Optional.empty();
    }

    private static boolean holdsNul(MultivaluedMap<String, String> values) {
        for (var entry : values.entrySet()) {
            if (entry.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : entry.getValue() == null ? List.<String>of() : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
