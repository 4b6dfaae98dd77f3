package io.newsfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Notes when each article becomes visible in the gateway with its story, by following the gateway's own live
 * stream: an {@code article-added} or {@code story-created} entry is written in the same transaction that puts the
 * article's story into the read model, so its arrival is the moment a reader could see it.
 */
final class GatewayVisibility implements AutoCloseable {

    private final Map<String, Long> visibleAt = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean open = true;
    private volatile Stream<String> lines;

    GatewayVisibility(String gatewayUrl) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(gatewayUrl + "/v1/stream")).header("Accept", "text/event-stream")
                        .GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("gateway stream answered " + response.statusCode());
        }
        lines = response.body();
        reader = new Thread(this::read, "gateway-visibility");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String event = null;
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!open) {
                    return;
                }
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && ("article-added".equals(event)
                        || "story-created".equals(event))) {
                    JsonNode data = EventJson.mapper().readTree(line.substring(5).strip());
                    JsonNode article = data.get("articleId");
                    if (article != null) {
                        visibleAt.putIfAbsent(article.asText(), System.nanoTime());
                    }
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (open) {
                System.err.println("gateway stream ended: " + e.getMessage());
            }
        }
    }

    /** When the article became visible ({@link System#nanoTime()}), or null while it is not. */
    Long visibleAt(String articleId) {
        return visibleAt.get(articleId);
    }

    @Override
    public void close() {
        open = false;
        Stream<String> s = lines;
        if (s != null) {
            s.close();
        }
        reader.interrupt();
    }
}
