package io.newsfold.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void roundTripsAnIngestedArticle() {
        var event = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, "e1", "a1", 1, "Wire", "https://x.test/a",
                "Title", "Body.", Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:05:00Z"),
                "hash", List.of("AP"), "Jane Roe", "en");

        var back = EventJson.read(EventJson.write(event), ArticleIngested.class, ArticleIngested.SCHEMA_VERSION);

        assertEquals(event, back);
    }

    @Test
    void refusesAnUnknownSchemaVersion() {
        String json = "{\"schemaVersion\": 99, \"eventId\": \"e\", \"articleId\": \"a\"}";

        var error = assertThrows(PoisonRecordException.class,
                () -> EventJson.read(json, ArticleIngested.class, ArticleIngested.SCHEMA_VERSION));

        assertEquals("unsupported-schema-version", error.reason());
    }

    @Test
    void refusesMalformedJsonWithAReason() {
        var error = assertThrows(PoisonRecordException.class,
                () -> EventJson.readInput("{not json", ArticleSubmission.class));

        assertEquals("bad-json", error.reason());
    }

    @Test
    void refusesAFieldOfTheWrongType() {
        var error = assertThrows(PoisonRecordException.class,
                () -> EventJson.read("{\"schemaVersion\":1,\"version\":\"x\"}", ArticleIngested.class, 1));

        assertEquals("bad-field", error.reason());
    }

    @Test
    void refusesAVersionWrittenAsTextOrMissingAsMissing() {
        for (String json : List.of("{\"schemaVersion\":\"1\",\"eventId\":\"e\"}", "{\"eventId\":\"e\"}",
                "{\"schemaVersion\":null}")) {
            var error = assertThrows(PoisonRecordException.class,
                    () -> EventJson.read(json, ArticleIngested.class, ArticleIngested.SCHEMA_VERSION), json);

            assertEquals("missing-schema-version", error.reason(), json);
        }
    }

    @Test
    void refusesAnythingButAnObjectAsBadJson() {
        for (String json : List.of("[1]", "null", "3", "\"text\"")) {
            var error = assertThrows(PoisonRecordException.class,
                    () -> EventJson.read(json, ArticleIngested.class, ArticleIngested.SCHEMA_VERSION), json);

            assertEquals("bad-json", error.reason(), json);
        }
    }

    @Test
    void readsInOnePassWhatTheCheckedPathReads() {
        // The last two need the checked path: a number given as text, and a version given as a whole float.
        for (String json : List.of(
                EventJson.write(new StoryAssigned(StoryAssigned.SCHEMA_VERSION, "e", "s", "a", 2, 7, true, "new",
                        Instant.EPOCH, null, "f", "a", "origin", List.of(new StoryAssigned.Reuse("b", "copy", 0.9,
                                0.5, List.of(new StoryAssigned.Passage(0, 10, 5, 15)))))),
                "{\"schemaVersion\":1,\"eventId\":\"e\",\"articleId\":\"a\",\"version\":3,\"extra\":[1,2]}",
                "{\"schemaVersion\":1,\"eventId\":\"e\",\"articleId\":\"a\",\"version\":\"3\"}",
                "{\"schemaVersion\":1.0,\"eventId\":\"e\",\"articleId\":\"a\"}")) {
            Class<? extends Event> type = json.contains("storyId") ? StoryAssigned.class : ArticleIngested.class;

            assertEquals(EventJson.readChecked(json, type, 1), EventJson.read(json, type, 1), json);
        }
    }

    @Test
    void catalogueNamesEveryDeadLetterTopic() {
        assertEquals(2 * Topics.all().size(), Topics.allNamesWithDeadLetters().size());
    }
}
