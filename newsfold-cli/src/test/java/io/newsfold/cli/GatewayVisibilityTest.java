package io.newsfold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GatewayVisibilityTest {

    @Test
    void resumesABrokenStreamAfterTheLastEventItRead() throws Exception {
        List<String> resumedAfter = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/stream", exchange -> {
            String last = exchange.getRequestHeaders().getFirst("Last-Event-ID");
            resumedAfter.add(String.valueOf(last));
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            // The first connection carries one article, then the server drops it; the second carries the next.
            String body = last == null
                    ? "id:7\nevent:article-added\ndata:{\"articleId\":\"a1\"}\n\n"
                    : "id:8\nevent:story-created\ndata:{\"articleId\":\"a2\"}\n\n";
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        try (GatewayVisibility visibility = new GatewayVisibility(
                "http://127.0.0.1:" + server.getAddress().getPort())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (visibility.visibleAt("a2") == null && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertNotNull(visibility.visibleAt("a1"));
            assertNotNull(visibility.visibleAt("a2"), "the article sent after the break is seen");
            assertEquals(List.of("null", "7"), resumedAfter.subList(0, 2));
        } finally {
            server.stop(0);
        }
    }
}
