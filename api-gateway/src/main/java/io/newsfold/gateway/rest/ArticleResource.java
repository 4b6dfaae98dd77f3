package io.newsfold.gateway.rest;

import io.newsfold.gateway.query.ArticleSummary;
import io.newsfold.gateway.query.ArticleView;
import io.newsfold.gateway.query.Page;
import io.newsfold.gateway.query.ReadModelQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    ReadModelQueries queries;

    @GET
    @Operation(summary = "Articles, newest first",
            description = "Filtered by full-text query, entity, outlet, language and date; skipDuplicates leaves "
                    + "out duplicates and copies. Cursor pagination as for stories.")
    @APIResponse(responseCode = "200", description = "one page: {items, nextCursor}")
    @APIResponse(responseCode = "400", description = "invalid limit, cursor or date")
    public Page<ArticleSummary> articles(@BeanParam FilterParams filters,
            @Parameter(description = "page size, 1 to 100") @QueryParam("limit") @DefaultValue("20") int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return queries.articles(filters.filter(), Paging.limit(limit), Paging.cursor(cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article",
            description = "The article's latest version with its cleaned text, its sentences, how far it has got "
                    + "through the pipeline (stage: ingested, enriched, assigned) and its story once assigned.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "not known (yet): the pipeline may still be working on it")
    public Response article(@PathParam("id") String id) {
        return queries.article(id)
                .map(a -> Response.ok(a).build())
                .orElseGet(() -> Problems.notFound("article", id));
    }
}
