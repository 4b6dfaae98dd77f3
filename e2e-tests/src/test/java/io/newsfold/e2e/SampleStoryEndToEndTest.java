package io.newsfold.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import io.newsfold.infra.testing.HeadlessChromium;
import io.newsfold.infra.testing.SharedData;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mission on real news: the five outlets' versions of one 2016 story in ../shared/samples/aleppo-2016 (skipped
 * when absent) go in as scraped text and come out of the gateway as one story, with the copies in their families,
 * each quote with its speaker and the four different counts of people in Aleppo called out.
 */
class SampleStoryEndToEndTest {

    @Test
    void foldsTheFiveVersionsIntoOneStoryWithQuotesFamiliesAndTheAleppoDisagreement() throws Exception {
        Optional<Path> dir = SharedData.resolve("samples/aleppo-2016");
        assumeTrue(dir.isPresent(), "../shared/samples/aleppo-2016 is not here");
        RunningStack stack = RunningStack.get();
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> idOf = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted()
                    .toList()) {
                String prefix = file.getFileName().toString().substring(0, 3);
                idOf.put(prefix, stack.post(EventJson.write(Map.of("id", "aleppo-" + prefix + "-" + run,
                        "source", "sample " + prefix, "text", Files.readString(file),
                        "publishedAt", "2016-08-15T18:00:00Z"))));
            }
        }
        for (String id : idOf.values()) {
            stack.awaitStory(id);
        }
        stack.awaitSettled(idOf.values());

        String storyId = stack.article(idOf.get("000")).get("storyId").asText();
        for (String prefix : idOf.keySet()) {
            assertEquals(storyId, stack.article(idOf.get(prefix)).get("storyId").asText(), prefix + " is not in the story");
        }
        JsonNode reuters = stack.article(idOf.get("000"));
        assertEquals(reuters.get("familyId").asText(), stack.article(idOf.get("001")).get("familyId").asText());
        JsonNode ap = stack.article(idOf.get("004"));
        assertEquals(ap.get("familyId").asText(), stack.article(idOf.get("003")).get("familyId").asText());
        assertNotEquals(reuters.get("familyId").asText(), ap.get("familyId").asText(),
                "the Reuters and AP families stay apart; 003's Reuters passages are reuse, not membership");
        assertNull(stack.article(idOf.get("002")).get("familyId"), "the spun rewrite reuses no text");
        assertTrue(relationsOf(stack.article(idOf.get("003"))).contains(idOf.get("000")),
                "the Reuters passages in 003 are aligned with 000");

        JsonNode story = stack.get(stack.gateway.url("/v1/stories/" + storyId)).body();
        assertEquals(5, story.get("articleCount").asInt());
        assertSpeaker(story, "nothing to announce", "Trudeau");
        assertSpeaker(story, "devastating urban", "Maurer");
        assertSpeaker(story, "hostages of armed", "Shoigu");
        assertTrue(aleppoCounts(story).containsAll(Set.of(2_000_000.0, 300_000.0, 250_000.0, 700_000.0)),
                "disagreement values: " + aleppoCounts(story));

        if (HeadlessChromium.installed()) {
            HeadlessChromium browser = HeadlessChromium.start();
            String url = stack.gateway.url("/?live=off#/story/" + storyId);
            String dom = browser.dom(url);
            assertTrue(dom.contains("Sources disagree") && dom.contains("Trudeau"), "story page lacks the story");
            BufferedImage shot = browser.screenshot(url, Path.of("target", "aleppo-story.png"), 1280, 2400);
            assertTrue(HeadlessChromium.distinctColours(shot) > 50, "the story page screenshot looks blank");
        }
    }

    private static Set<String> relationsOf(JsonNode article) {
        Set<String> ids = new TreeSet<>();
        article.path("relations").forEach(r -> ids.add(r.get("articleId").asText()));
        return ids;
    }

    private static void assertSpeaker(JsonNode story, String fragment, String speaker) {
        List<String> speakers = new ArrayList<>();
        for (JsonNode claim : story.get("claims")) {
            boolean carries = claim.get("text").asText().contains(fragment);
            for (JsonNode v : claim.path("variants")) {
                carries |= v.get("text").asText().contains(fragment);
            }
            if (carries) {
                speakers.add(claim.path("speaker").path("name").asText(""));
            }
        }
        assertNotNull(speakers.isEmpty() ? null : speakers, "no claim carries '" + fragment + "'");
        assertTrue(speakers.stream().anyMatch(s -> s.contains(speaker)),
                "'" + fragment + "' is attributed to " + speakers + ", not " + speaker);
    }

    private static List<Double> aleppoCounts(JsonNode story) {
        List<Double> values = new ArrayList<>();
        for (JsonNode d : story.get("disagreements")) {
            if (d.get("kind").asText().equals("number")) {
                d.get("positions").forEach(p -> values.add(p.get("value").asDouble()));
            }
        }
        return values;
    }
}
