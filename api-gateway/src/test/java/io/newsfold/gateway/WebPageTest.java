package io.newsfold.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.HeadlessChromium;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Drives the reader page in a real headless Chromium (Debian's package; .ci/run installs it): the story page must
 * render the merged story — headline, the disagreement called out, the quote with its speaker, the shared passage
 * highlighted — and its screenshot must show a rendered page, not a blank one.
 */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class WebPageTest {

    @TestHTTPResource("/")
    URL root;

    private static void produce(String topic, String key, Object event) {
        TopicProbe.produce(TestInfra.get().kafkaBootstrapServers(), topic, key, EventJson.write(event));
    }

    @Test
    void storyPageShowsSourcesQuotesDisagreementsAndSharedPassages() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed (apt-get install chromium)");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String storyId = "s-page-" + run;
        String wireText = "Ferries returned to Lake Orrin on Monday after ten days of ice.\n\n"
                + "\"We are glad to bring them home,\" said Mira Halloran.";
        String copyText = "Lake Orrin ferries are back.\n\n" + wireText;
        publish("wire-" + run, storyId, "Northwind Wire", "Ferries return to Lake Orrin", wireText, 1200,
                StoryAssigned.ORIGIN, "copy-" + run, new StoryAssigned.Passage(0, wireText.length(), 30,
                        copyText.length()), 1);
        publish("copy-" + run, storyId, "Lakeside Today", "Ferries back", copyText, 1500, StoryAssigned.COPY,
                "wire-" + run, new StoryAssigned.Passage(30, copyText.length(), 0, wireText.length()), 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/v1/stories/" + storyId).then()
                .body("articleCount", equalTo(2)).body("disagreements.size()", equalTo(1)));

        HeadlessChromium browser = HeadlessChromium.start();
        // A still page: an open live stream would keep the headless browser's virtual clock from running out.
        String url = root + "?live=off#/story/" + storyId;
        String dom = browser.dom(url);
        assertTrue(dom.contains("Ferries return to Lake Orrin"), "headline missing");
        assertTrue(dom.contains("Sources disagree") && dom.contains("1,500") && dom.contains("1,200"),
                "disagreement missing");
        assertTrue(dom.contains("We are glad to bring them home") && dom.contains("Mira Halloran"), "quote missing");
        assertTrue(dom.contains("<mark class=\"shared\""), "shared passage not highlighted");
        assertTrue(dom.contains("Lakeside Today") && dom.contains("Northwind Wire"), "sources missing");

        Path shot = Path.of("target", "story-page.png").toAbsolutePath();
        BufferedImage image = browser.screenshot(url, shot, 1280, 1400);
        assertTrue(image != null && image.getWidth() == 1280, "no screenshot");
        assertTrue(HeadlessChromium.distinctColours(image) > 50, "the screenshot looks blank");

        String list = browser.dom(root + "?live=off");
        assertTrue(list.contains("href=\"#/story/" + storyId + "\""), "story list does not link the story");
    }

    private static void publish(String id, String storyId, String source, String title, String text, double value,
            String relation, String other, StoryAssigned.Passage passage, long sequence) {
        produce(Topics.ARTICLES_INGESTED.name(), id, new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id + ":v1",
                id, 1, source, "https://" + source.replace(' ', '-').toLowerCase() + ".example/" + id, title, text,
                Instant.parse("2026-02-09T09:00:00Z").plusSeconds(sequence * 3600), Instant.now(), "h" + id,
                List.of(), null, "en"));
        int quoteStart = text.indexOf("We are glad");
        int speakerStart = text.indexOf("Mira Halloran");
        produce(Topics.ARTICLES_ENRICHED.name(), id, new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id + ":e",
                id, 1, source, title, text, null, null, List.of(), "h", List.of(), 20,
                List.of(new ArticleEnriched.Entity("Mira Halloran", "PERSON", "person:mira-halloran", speakerStart,
                        speakerStart + 13)),
                List.of(new ArticleEnriched.Claim("quote", "We are glad to bring them home,", quoteStart,
                                quoteStart + 31, new ArticleEnriched.Speaker("Mira Halloran", "person:mira-halloran",
                                        speakerStart, speakerStart + 13), null, null, null, null, null, null, null),
                        new ArticleEnriched.Claim("number", String.format("about %,d passengers", (long) value), 0, 5,
                                null, value, null, "about", "passengers", "Kestrel Bay", null, null))));
        produce(Topics.STORY_ASSIGNMENTS.name(), storyId, new StoryAssigned(StoryAssigned.SCHEMA_VERSION,
                id + ":s", storyId, id, 1, 5_000_000 + sequence, sequence == 1, "test", Instant.now(), null, "f-1",
                null, relation, List.of(new StoryAssigned.Reuse(other, relation, 0.9, 0.9, List.of(passage)))));
    }
}
