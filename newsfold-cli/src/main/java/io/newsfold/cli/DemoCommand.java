package io.newsfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main job end to end: feeds the project's sample articles, waits until the gateway shows every one of them in
 * a story, and prints the stories.
 */
final class DemoCommand {

    private static final long TIMEOUT_MS = 120_000;

    private final Options options;
    private final Http http;
    private final PrintStream out = System.out;

    DemoCommand(Options options) {
        this.options = options;
        this.http = new Http(options.apiKey());
    }

    int run() throws IOException, InterruptedException {
        Path samples = Path.of(options.paths().isEmpty() ? "samples/demo" : options.paths().get(0));
        if (!Files.isDirectory(samples)) {
            System.err.println("demo: no sample folder at " + samples.toAbsolutePath());
            return 2;
        }
        out.println("Feeding the sample articles in " + samples + " to " + options.ingestUrl());
        FeedCommand.Summary fed = new FeedCommand(options).feed(ArticleFiles.expand(List.of(samples.toString())));
        out.println();
        if (fed.refusedTotal() > 0) {
            System.err.println("demo: some sample articles were refused: " + fed.refused());
            return 1;
        }
        Map<String, String> storyOf = awaitStories(fed.acceptedIds());
        if (storyOf == null) {
            return 1;
        }
        printStories(new LinkedHashMap<>(storyOf));
        return 0;
    }

    /** Polls the gateway until every article has a story; returns article id to story id, or null on time-out. */
    private Map<String, String> awaitStories(List<String> ids) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        Map<String, String> storyOf = new LinkedHashMap<>();
        while (System.currentTimeMillis() < deadline) {
            for (String id : ids) {
                if (storyOf.containsKey(id)) {
                    continue;
                }
                Http.Reply reply = http.get(options.gatewayUrl() + "/v1/articles/" + id);
                if (reply.status() == 200 && reply.body().hasNonNull("storyId")) {
                    storyOf.put(id, reply.body().get("storyId").asText());
                }
            }
            if (System.console() != null) {
                out.printf("\rwaiting for the pipeline: %d of %d articles in a story", storyOf.size(), ids.size());
            }
            if (storyOf.size() == ids.size()) {
                out.printf("%nall %d articles are in a story%n", ids.size());
                return storyOf;
            }
            Thread.sleep(250);
        }
        System.err.printf("%ndemo: only %d of %d articles reached a story in %d s; the pipeline may be working "
                + "through a backlog (./newsfold watch shows it), or a service failed (./newsfold status, logs)%n",
                storyOf.size(), ids.size(), TIMEOUT_MS / 1000);
        return null;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private void printStories(Map<String, String> storyOf) throws IOException, InterruptedException {
        List<String> storyIds = storyOf.values().stream().distinct().toList();
        out.printf("%n%d articles folded into %d stories:%n", storyOf.size(), storyIds.size());
        for (String storyId : storyIds) {
            JsonNode story = http.get(options.gatewayUrl() + "/v1/stories/" + storyId).body();
            out.printf("%n  Story %s: \"%s\" (%d articles)%n", storyId, story.path("headline").asText(),
                    story.path("articleCount").asInt());
            for (JsonNode a : story.path("sources")) {
                out.printf("    - %-26s %-12s %s%n", a.path("outlet").asText(), a.path("relation").asText(),
                        a.path("title").asText(""));
            }
            for (JsonNode c : story.path("claims")) {
                if (c.path("sources").size() > 1 || c.path("kind").asText().equals("quote")) {
                    out.printf("    \u201c%s\u201d \u2014 %s (%d sources)%n", abbreviate(c.path("text").asText(), 90),
                            c.path("speaker").path("name").asText("unattributed"), c.path("sources").size());
                }
            }
            for (JsonNode d : story.path("disagreements")) {
                out.printf("    Sources disagree on %s:%n", d.path("about").asText());
                for (JsonNode p : d.path("positions")) {
                    List<String> outlets = new java.util.ArrayList<>();
                    p.path("sources").forEach(s -> outlets.add(s.path("outlet").asText()));
                    out.printf("      %-28s %s%n", p.path("text").asText(), String.join(", ", outlets));
                }
            }
        }
        out.printf("%nSee them at %s/v1/stories and the API at %s/q/swagger-ui%n", options.gatewayUrl(),
                options.gatewayUrl());
    }
}
