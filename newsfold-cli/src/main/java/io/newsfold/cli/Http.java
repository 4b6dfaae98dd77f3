package io.newsfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for the ingest API and the gateway. */
final class Http {

    /** A response's status and parsed JSON body (null when the body is not JSON). */
    record Reply(int status, JsonNode body) {
    }

    /** The header ingest's write routes read the API key from. */
    static final String API_KEY_HEADER = "X-API-Key";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiKey;

    Http(String apiKey) {
        this.apiKey = apiKey;
    }

    /** Adds the API key to a write request when one is configured. */
    static HttpRequest.Builder keyed(HttpRequest.Builder request, String apiKey) {
        return apiKey == null ? request : request.header(API_KEY_HEADER, apiKey);
    }

    Reply post(String url, String json) throws IOException, InterruptedException {
        HttpRequest request = keyed(HttpRequest.newBuilder(URI.create(url)), apiKey)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return send(request);
    }

    Reply get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = response.body().isBlank() ? null : EventJson.mapper().readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        return new Reply(response.statusCode(), body);
    }
}
