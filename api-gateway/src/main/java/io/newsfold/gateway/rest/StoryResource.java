package io.newsfold.gateway.rest;

import io.newsfold.gateway.query.InvalidRequestException;
import io.newsfold.gateway.query.Page;
import io.newsfold.gateway.query.ReadModelQueries;
import io.newsfold.gateway.query.StorySummary;
import io.newsfold.gateway.story.MergedStory;
import java.net.URI;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    @Inject
    ReadModelQueries queries;

    @GET
    @Operation(summary = "Stories, newest first or largest first",
            description = "A story is listed when at least one of its articles passes the filters. Cursor "
                    + "pagination: pass the nextCursor of one page to get the next; it is absent on the last page.")
    @APIResponse(responseCode = "200", description = "one page: {items, nextCursor}")
    @APIResponse(responseCode = "400", description = "invalid limit, cursor, sort or date")
    public Page<StorySummary> stories(@BeanParam FilterParams filters,
            @Parameter(description = "recent (default) or size") @QueryParam("sort") @DefaultValue("recent")
            String sort,
            @Parameter(description = "page size, 1 to 100") @QueryParam("limit") @DefaultValue("20") int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        if (!sort.equals("recent") && !sort.equals("size")) {
            throw new InvalidRequestException("invalid-sort", "sort must be recent or size");
        }
        return queries.stories(filters.filter(), sort, Paging.limit(limit), Paging.cursor(cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One story, merged across its sources",
            description = "Headline and lead, time span, the sources with their relation (origin, copy, partial, "
                    + "independent) and reuse share, entities with counts per source, quotes and attributions merged "
                    + "across sources with their speaker, wording variants and where each was first seen, and the "
                    + "disagreements: numbers about the same thing, or dates of the event, that differ by source.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MergedStory.class)))
    @APIResponse(responseCode = "301", description = "the story was merged into another: Location names it")
    @APIResponse(responseCode = "404", description = "no such story")
    public Response story(@PathParam("id") String id) {
        var survivor = queries.mergedInto(id);
        if (survivor.isPresent()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/v1/stories/" + survivor.get())).build();
        }
        return queries.story(id)
                .map(s -> Response.ok(s).build())
                .orElseGet(() -> Problems.notFound("story", id));
    }
}
