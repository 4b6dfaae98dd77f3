package io.newsfold.ingest.rest;

import io.newsfold.ingest.service.IngestResult;
import io.newsfold.ingest.service.IngestService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/v1/articles")
public class ArticleResource {

    @Inject
    IngestService ingest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one article",
            description = "Validates, normalises and stores the article and publishes it for processing. A client "
                    + "id is kept; without one a stable id is derived from source and URL (or content).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "article",
            value = "{\"source\":\"Example Wire\",\"url\":\"https://wire.example/a/1\",\"title\":\"Harbour reopens\","
                    + "\"text\":\"The harbour reopened on Monday.\",\"publishedAt\":\"2026-03-02T08:00:00Z\"}")))
    @APIResponse(responseCode = "202", description = "accepted: a new article or a new version of one")
    @APIResponse(responseCode = "200", description = "duplicate: the same content is already stored; names it")
    @APIResponse(responseCode = "400", description = "malformed: bad JSON, a missing field, an invalid id, url or date")
    @APIResponse(responseCode = "413", description = "too large")
    @APIResponse(responseCode = "422", description = "unusable: a future date, or no text left after cleaning")
    public Response submit(String body) {
        IngestResult result = ingest.ingestJson(body);
        Response.Status status = result.isDuplicate() ? Response.Status.OK : Response.Status.ACCEPTED;
        return Response.status(status).entity(result).build();
    }
}
