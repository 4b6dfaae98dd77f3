package io.newsfold.ingest.rest;

import io.newsfold.contracts.EventJson;
import io.newsfold.ingest.messaging.ArticlePublisher.PublishFailedException;
import io.newsfold.ingest.service.IngestResult;
import io.newsfold.ingest.service.IngestService;
import io.newsfold.ingest.service.RejectedArticleException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/v1/articles")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";
    /**
     * Lines of a batch stored in one transaction and published together: enough to make commits and broker waits
     * a small share of the work, few enough that the answers keep streaming and that a few clients at once stay
     * within the publisher's buffer.
     */
    public static final int CHUNK_LINES = 50;
    /** A chunk ends early once its lines hold this many characters, which bounds the memory a batch takes. */
    static final long CHUNK_CHARS = 8L << 20;

    @Inject
    IngestService ingest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one article",
            description = "Plain text in `text`, or the raw page in `html` (raw HTML in `text` is recognised too). "
                    + "Validates, cleans (page extraction, site chrome, wire credits, language), stores the raw "
                    + "input and publishes the article. A client id is kept; without one a stable id is derived "
                    + "from source and canonical URL (or content).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "article",
            value = "{\"source\":\"Example Wire\",\"url\":\"https://wire.example/a/1\",\"title\":\"Harbour reopens\","
                    + "\"text\":\"The harbour reopened on Monday.\",\"publishedAt\":\"2026-03-02T08:00:00Z\"}")))
    @APIResponse(responseCode = "202", description = "accepted: a new article or a new version of one")
    @APIResponse(responseCode = "200", description = "duplicate: the same content is already stored; names it")
    @APIResponse(responseCode = "400", description = "malformed: bad-json, bad-charset, missing-field, invalid-id, "
            + "invalid-url, invalid-date")
    @APIResponse(responseCode = "401", description = "missing-api-key, invalid-api-key, no-api-keys: send a key "
            + "from the keys file in X-API-Key")
    @APIResponse(responseCode = "413", description = "too-large")
    @APIResponse(responseCode = "422", description = "unusable: future-date, empty-text (nothing left after "
            + "cleaning), non-english (when configured to refuse), html-too-complex (nested too deep or too many "
            + "elements)")
    @APIResponse(responseCode = "429", description = "rate-limited: over the key's rate; Retry-After says when")
    @APIResponse(responseCode = "503", description = "kafka-unavailable: stored, not yet published; send again")
    public Response submit(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        IngestResult result = ingest.ingestJson(RequestBodies.decode(body, type));
        Response.Status status = result.isDuplicate() ? Response.Status.OK : Response.Status.ACCEPTED;
        return Response.status(status).entity(result).build();
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Submit a batch of articles as NDJSON",
            description = "One article JSON object a line, stored and published up to 50 lines at a time. The "
                    + "answer streams one result a line, in order, a chunk at a time: "
                    + "{line, id, version, status} with status accepted or duplicate, or {line, status: refused, "
                    + "reason, detail}. A bad line does not stop the batch.")
    @APIResponse(responseCode = "200", description = "one result a line")
    @APIResponse(responseCode = "401", description = "no valid key in X-API-Key; the batch counts as one request")
    @APIResponse(responseCode = "429", description = "rate-limited: Retry-After says when")
    public StreamingOutput submitBatch(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        return output -> streamResults(body, type, output);
    }

    private void streamResults(InputStream body, MediaType type, OutputStream output) throws java.io.IOException {
        Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        // Lines are decoded strictly one by one, so one badly encoded line refuses only itself.
        var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.ISO_8859_1));
        List<Integer> numbers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        long chars = 0;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            numbers.add(number);
            lines.add(line);
            chars += line.length();
            if (lines.size() == CHUNK_LINES || chars >= CHUNK_CHARS) {
                answerChunk(numbers, lines, type, out);
                numbers.clear();
                lines.clear();
                chars = 0;
            }
        }
        answerChunk(numbers, lines, type, out);
    }

    /** Ingests a chunk of lines together and writes their answers in order. */
    private void answerChunk(List<Integer> numbers, List<String> lines, MediaType type, Writer out)
            throws java.io.IOException {
        if (lines.isEmpty()) {
            return;
        }
        RuntimeException[] undecodable = new RuntimeException[lines.size()];
        List<String> decoded = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            try {
                decoded.add(RequestBodies.decode(lines.get(i).getBytes(StandardCharsets.ISO_8859_1), type));
            } catch (RejectedArticleException e) {
                undecodable[i] = e;
            }
        }
        Iterator<IngestService.Answer> answers = ingest.ingestAll(decoded).iterator();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("line", numbers.get(i));
            RuntimeException refusal = undecodable[i];
            IngestResult r = null;
            if (refusal == null) {
                IngestService.Answer answer = answers.next();
                refusal = answer.refusal();
                r = answer.result();
            }
            if (refusal instanceof RejectedArticleException e) {
                result.put("status", "refused");
                result.put("reason", e.reason().code());
                result.put("detail", e.detail());
            } else if (refusal instanceof PublishFailedException) {
                result.put("status", "refused");
                result.put("reason", "kafka-unavailable");
                result.put("detail", "stored but not yet published; send the line again");
            } else if (refusal != null) {
                throw refusal;
            } else {
                result.put("id", r.id());
                result.put("version", r.version());
                result.put("status", r.status());
                if (r.duplicateOf() != null) {
                    result.put("duplicateOf", r.duplicateOf());
                }
            }
            out.write(EventJson.write(result));
            out.write('\n');
        }
        out.flush();
    }
}
