package io.newsfold.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The project's own fictional demo articles (samples/demo) as enriched events. Tests share one database, so each
 * test gives its articles a vocabulary of its own ({@code dialect}: every word gets the same suffix): relations
 * within a test are those of the demo articles, and nothing is similar to another test's articles.
 */
public final class DemoArticles {

    private DemoArticles() {
    }

    public static String dialect() {
        StringBuilder suffix = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom.current().ints(5, 'a', 'z' + 1).forEach(c -> suffix.append((char) c));
        return suffix.toString();
    }

    public static ArticleEnriched enriched(String file, String id, String dialect) {
        Path path = Path.of("..", "samples", "demo", file);
        try {
            JsonNode a = EventJson.mapper().readTree(Files.readString(path));
            return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id + ":e", id, 1, a.get("source").asText(),
                    speak(a.get("title").asText(), dialect), speak(a.get("text").asText(), dialect), Instant.parse(a.get("publishedAt").asText()), null,
                    List.of(), "h-" + id, List.of(), 100, List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String speak(String text, String dialect) {
        return text.replaceAll("(\\p{L}+)", "$1" + dialect);
    }
}
