package io.newsfold.gateway.rest;

import io.newsfold.gateway.query.EntitySuggestion;
import io.newsfold.gateway.query.InvalidRequestException;
import io.newsfold.gateway.query.ReadModelQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    @Inject
    ReadModelQueries queries;

    @GET
    @Operation(summary = "Suggest canonical entities",
            description = "Entities whose name (or canonical key) starts with the prefix, most mentioned first; use "
                    + "the canonical key as the entity filter of the lists and the stream.")
    public List<EntitySuggestion> suggest(
            @Parameter(description = "at least 2 characters", example = "hallo") @QueryParam("prefix") String prefix,
            @Parameter(description = "1 to 50") @QueryParam("limit") @DefaultValue("10") int limit) {
        if (prefix == null || prefix.strip().length() < 2) {
            throw new InvalidRequestException("invalid-prefix", "prefix must have at least 2 characters");
        }
        if (limit < 1 || limit > 50) {
            throw new InvalidRequestException("invalid-limit", "limit must be between 1 and 50");
        }
        return queries.entities(prefix.strip(), limit);
    }
}
