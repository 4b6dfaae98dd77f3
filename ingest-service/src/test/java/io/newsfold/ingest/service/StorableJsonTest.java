package io.newsfold.ingest.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorableJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"text\":\"a \\u0000 b\"}",
        "{\"text\":\"a \\ud800 b\"}",
        "{\"text\":\"a \\udc00\\ud800\"}",
        "{\"text\":\"a \\ud800\\u0041\"}",
        "{\"text\":\"a \\ud800\\n\"}",
        "{\"x\\u0000\":\"key names count too\"}",
        "{\"text\":\"a \ud800\"}",
    })
    void refusesWhatPostgresCannotHold(String json) {
        var e = assertThrows(RejectedArticleException.class, () -> StorableJson.check(json));
        assertEquals(RejectedArticleException.Reason.BAD_CHARSET, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"text\":\"emoji \\ud83d\\ude00 and \ud83d\ude00\"}",
        "{\"text\":\"an escaped backslash \\\\u0000 is text\"}",
        "{\"text\":\"tab\\t quote\\\" slash\\/ \\u00e9\"}",
    })
    void acceptsWhatPostgresCanHold(String json) {
        assertDoesNotThrow(() -> StorableJson.check(json));
    }
}
