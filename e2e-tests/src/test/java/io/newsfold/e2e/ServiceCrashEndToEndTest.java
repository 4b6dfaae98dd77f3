package io.newsfold.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The short form of the fault test: articles stream in while each service in turn is killed with SIGKILL and
 * started again. Every article must end up in the read model exactly once, in the story its siblings are in, and
 * in no other: the same partition a clean run gives, since each story here is a wire text and its reprints.
 */
class ServiceCrashEndToEndTest {

    private static final int STORIES = 6;
    private static final int COPIES = 4;

    @Test
    void losesNothingAndDoublesNothingWhenEachServiceIsKilledMidStream() throws Exception {
        RunningStack stack = RunningStack.get();
        String run = "crash" + UUID.randomUUID().toString().substring(0, 8);
        String source = "Crash Wire " + run;
        Map<String, Integer> storyOf = new LinkedHashMap<>();
        List<String> bodies = new ArrayList<>();
        for (int s = 0; s < STORIES; s++) {
            for (int c = 0; c < COPIES; c++) {
                String id = run + "-" + s + "-" + c;
                storyOf.put(id, s);
                bodies.add(EventJson.write(Map.of("id", id, "source", source, "title", "Flood closes " + name(run, s),
                        "text", text(run, s, c))));
            }
        }

        Map<Integer, Integer> answers = new HashMap<>();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (String body : bodies) {
                try {
                    answers.merge(stack.postUntilAnswered(body), 1, Integer::sum);
                    // Spread over the whole crash sequence, so every service dies with work in flight.
                    Thread.sleep(2500);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        for (String module : List.of("nlp-service", "dedupe-service", "api-gateway", "ingest-service")) {
            Thread.sleep(700);
            stack.crash(module);
        }
        stream.get();

        Map<Integer, Set<String>> storiesOfGroup = new HashMap<>();
        for (var e : storyOf.entrySet()) {
            storiesOfGroup.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(stack.awaitStory(e.getKey()));
        }
        stack.awaitSettled(storyOf.keySet());
        storiesOfGroup.clear();
        for (var e : storyOf.entrySet()) {
            storiesOfGroup.computeIfAbsent(e.getValue(), k -> new HashSet<>())
                    .add(stack.article(e.getKey()).get("storyId").asText());
        }
        JsonNode listed = stack.get(stack.gateway.url("/v1/articles?limit=100&source="
                + source.replace(" ", "%20"))).body().get("items");
        Set<String> distinct = new HashSet<>();
        listed.forEach(a -> distinct.add(a.get("id").asText()));
        Set<String> allStories = new HashSet<>();
        storiesOfGroup.values().forEach(allStories::addAll);

        System.out.printf("service crash test: %d articles sent (answers %s) while killing nlp, dedupe, gateway and"
                + " ingest; %d listed, %d distinct, %d stories%n", bodies.size(), answers, listed.size(),
                distinct.size(), allStories.size());
        assertEquals(bodies.size(), listed.size(), "every article in the read model once");
        assertEquals(bodies.size(), distinct.size());
        assertEquals(storyOf.keySet(), distinct);
        storiesOfGroup.forEach((group, stories) -> assertEquals(1, stories.size(),
                "story " + group + "'s copies in one story: " + stories));
        assertEquals(STORIES, allStories.size(), "no two stories merged, none split");
    }

    /** A name for story {@code s} of this run, in letters, so that no two stories share one. */
    private static String name(String run, int s) {
        StringBuilder w = new StringBuilder("Vel");
        for (char ch : (run.substring(5) + s).toCharArray()) {
            w.append((char) ('a' + Character.digit(ch, 16)));
        }
        return w.append("ton").toString();
    }

    /**
     * The wire text of story {@code s}; each copy ends with its own line, as reprints do. Stories share only
     * function words: their names and content words are their own, as two unrelated events' reports are.
     */
    private static String text(String run, int s, int copy) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            StringBuilder para = new StringBuilder();
            for (int sentence = 0; sentence < 2; sentence++) {
                int k = 100 * s + 10 * p + 3 * sentence;
                para.append("The ").append(word(run, k)).append(" of ").append(name(run, s)).append(' ')
                        .append(word(run, k + 1)).append(" the ").append(word(run, k + 2)).append(" near ")
                        .append(name(run, k + 1000)).append(", ").append(name(run, 50 + s)).append(" said. ");
            }
            paragraphs.add(para.toString().strip());
        }
        paragraphs.add("Copy " + copy + " of this report was filed by desk " + (copy + 1) + " in " + name(run, s)
                + ".");
        return String.join("\n\n", paragraphs);
    }

    /** A lower-case invented word of this run, unique to {@code k}. */
    private static String word(String run, int k) {
        return name(run, k).toLowerCase(java.util.Locale.ROOT);
    }
}
