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
    void catalogueNamesEveryDeadLetterTopic() {
        assertEquals(2 * Topics.all().size(), Topics.allNamesWithDeadLetters().size());
    }
}
