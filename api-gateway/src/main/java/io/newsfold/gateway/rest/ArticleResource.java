package io.newsfold.gateway.rest;

import io.newsfold.gateway.query.ArticleView;
import io.newsfold.gateway.query.ReadModelQueries;
import jakarta.inject.Inject;
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
