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
 *
 * <p>A stream that breaks is resumed after the last event read, as a browser would with Last-Event-ID; an article
 * that became visible during the break is then noted late, never lost.
 */
final class GatewayVisibility implements AutoCloseable {

    private static final long RESUME_PAUSE_MILLIS = 500;

    // Held for the follower's life: an HttpClient nothing refers to is collected, and its connection closed under
    // a stream that is still being read, which then blocks forever.
    private final HttpClient http = HttpClient.newHttpClient();
    private final String streamUrl;
    private final Map<String, Long> visibleAt = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean open = true;
    private volatile Stream<String> lines;
    private String lastEventId;

    GatewayVisibility(String gatewayUrl) throws IOException, InterruptedException {
        this.streamUrl = gatewayUrl + "/v1/stream";
        lines = connect();
        reader = new Thread(this::follow, "gateway-visibility");
        reader.setDaemon(true);
        reader.start();
    }

    private Stream<String> connect() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(streamUrl))
                .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("gateway stream answered " + response.statusCode());
        }
        return response.body();
    }

    private void follow() {
        while (open) {
            try {
                read(lines);
                if (open) {
                    System.err.println("gateway stream ended; resuming after event " + lastEventId);
                }
            } catch (IOException | RuntimeException e) {
                if (open) {
                    System.err.println("gateway stream broke (" + e.getMessage() + "); resuming after event "
                            + lastEventId);
                }
            }
            if (!resume()) {
                return;
            }
        }
    }

    /** Reconnects after a pause, until it succeeds or the follower is closed; false once closed. */
    private boolean resume() {
        while (open) {
            try {
                Thread.sleep(RESUME_PAUSE_MILLIS);
                lines = connect();
                return open;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (IOException | RuntimeException e) {
                System.err.println("gateway stream: cannot reconnect yet (" + e.getMessage() + ")");
            }
        }
        return false;
    }

    private void read(Stream<String> stream) throws IOException {
        String event = null;
        for (String line : (Iterable<String>) stream::iterator) {
            if (!open) {
                return;
            }
            if (line.startsWith("id:")) {
                lastEventId = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
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
