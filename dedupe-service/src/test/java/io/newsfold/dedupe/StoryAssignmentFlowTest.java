package io.newsfold.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class StoryAssignmentFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String kafka() {
        return TestInfra.get().kafkaBootstrapServers();
    }

    private static void enriched(String articleId, String contentHash) {
        var event = new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, articleId + ":v1:enriched", articleId, 1,
                "Example Wire", "Title", "Text.", null, List.of(), contentHash, List.of(new ArticleEnriched.Span(0, 5)),
                1, List.of(), List.of());
        TopicProbe.produce(kafka(), Topics.ARTICLES_ENRICHED.name(), articleId, EventJson.write(event));
    }

    private static StoryAssigned assignmentOf(TopicProbe probe, String articleId) {
        var records = probe.await(r -> r.value().contains("\"articleId\":\"" + articleId + "\""), 1, WAIT);
        var record = records.get(records.size() - 1);
        var assignment = EventJson.read(record.value(), StoryAssigned.class, StoryAssigned.SCHEMA_VERSION);
        assertEquals(assignment.storyId(), record.key(), "assignments are keyed by story id");
        return assignment;
    }

    @Test
    void groupsArticlesWithTheSameContentIntoOneStory() {
        String hash = UUID.randomUUID().toString();
        String original = "t-" + UUID.randomUUID();
        String reprint = "t-" + UUID.randomUUID();
        String unrelated = "t-" + UUID.randomUUID();

        enriched(original, hash);
        try (var probe = TopicProbe.reading(kafka(), Topics.STORY_ASSIGNMENTS.name())) {
            StoryAssigned first = assignmentOf(probe, original);
            enriched(reprint, hash);
            enriched(unrelated, UUID.randomUUID().toString());
            StoryAssigned second = assignmentOf(probe, reprint);
            StoryAssigned third = assignmentOf(probe, unrelated);

            assertTrue(first.newStory());
            assertFalse(second.newStory());
            assertEquals(first.storyId(), second.storyId());
            assertNotEquals(first.storyId(), third.storyId());
        }
    }

    @Test
    void keepsTheStoryOfARedeliveredArticle() {
        String hash = UUID.randomUUID().toString();
        String id = "t-" + UUID.randomUUID();
        enriched(id, hash);
        enriched(id, hash);

        try (var probe = TopicProbe.reading(kafka(), Topics.STORY_ASSIGNMENTS.name())) {
            var both = probe.await(r -> r.value().contains("\"articleId\":\"" + id + "\""), 2, WAIT);
            assertEquals(both.get(0).key(), both.get(1).key());
        }
    }
}
