package io.newsfold.gateway.rest;

import io.newsfold.contracts.OutageRetry;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * PostgreSQL unreachable (restarting, failing over): the reader asks again shortly, which a 503 with Retry-After
 * tells it. Any other failure of this kind is a fault of ours and stays a 500, with no detail that could leak
 * internals.
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<IllegalStateException> {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);

    @Override
    public Response toResponse(IllegalStateException e) {
        if (OutageRetry.isOutage(e)) {
            return Response.fromResponse(Problems.of(503, "database-unavailable", "the read model is unreachable;"
                    + " ask again shortly")).header("Retry-After", "2").build();
        }
        LOG.error("request failed", e);
        return Problems.of(500, "internal-error", "the request failed; see the service log");
    }
}
