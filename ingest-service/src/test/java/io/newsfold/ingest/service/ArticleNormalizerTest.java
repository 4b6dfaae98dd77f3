package io.newsfold.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsfold.contracts.ArticleSubmission;
import io.newsfold.ingest.service.RejectedArticleException.Reason;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private final ArticleNormalizer normalizer =
            new ArticleNormalizer(new ArticleNormalizer.Limits(1000, 100, 50, Duration.ofHours(1)));

    private static ArticleSubmission article(String id, String url, String text, String publishedAt) {
        return new ArticleSubmission(id, "Example Wire", url, "Harbour  reopens", text, publishedAt);
    }

    @Test
    void foldsWhiteSpaceAndKeepsParagraphs() {
        var a = normalizer.normalize(article(null, null, "  First\u00a0 line.\r\n\r\n\r\n\tSecond\u200B.  ", null), NOW);

        assertEquals("First line.\n\nSecond.", a.text());
        assertEquals("Harbour reopens", a.title());
    }

    @Test
    void composesUnicodeToNfcSoEqualTextsHashEqual() {
        var decomposed = normalizer.normalize(article(null, null, "Cafe\u0301 opens.", null), NOW);
        var composed = normalizer.normalize(article(null, null, "Caf\u00e9 opens.", null), NOW);

        assertEquals(composed.contentHash(), decomposed.contentHash());
    }

    @Test
    void canonicalisesUrlWithoutTrackingOrFragment() {
        var a = normalizer.normalize(article(null,
                "HTTPS://Wire.Example:443/a/1?utm_source=x&id=7&fbclid=y#top", "Text.", null), NOW);

        assertEquals("https://wire.example/a/1?id=7", a.canonicalUrl());
    }

    @Test
    void derivesTheSameIdForTheSamePageWhateverItsTracking() {
        var first = normalizer.normalize(article(null, "https://wire.example/a/1?utm_medium=rss", "One.", null), NOW);
        var second = normalizer.normalize(article(null, "https://wire.example/a/1", "One, corrected.", null), NOW);
        var other = normalizer.normalize(article(null, "https://wire.example/a/2", "One.", null), NOW);

        assertEquals(first.id(), second.id());
        assertNotEquals(first.id(), other.id());
    }

    @Test
    void parsesCommonDateFormatsIntoUtc() {
        assertEquals(Instant.parse("2026-03-02T07:00:00Z"),
                normalizer.normalize(article(null, null, "T.", "2026-03-02T09:00:00+02:00"), NOW).publishedAt());
        assertEquals(Instant.parse("2026-03-01T10:30:00Z"),
                normalizer.normalize(article(null, null, "T.", "Sun, 1 Mar 2026 10:30:00 GMT"), NOW).publishedAt());
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"),
                normalizer.normalize(article(null, null, "T.", "2026-03-01"), NOW).publishedAt());
    }

    @Test
    void refusesEachInvalidInputWithItsReason() {
        assertReason(Reason.MISSING_FIELD, new ArticleSubmission(null, null, null, null, "Text.", null));
        assertReason(Reason.MISSING_FIELD, new ArticleSubmission(null, "S", null, null, "  ", null));
        assertReason(Reason.EMPTY_TEXT, article(null, null, "\u200B\u0007", null));
        assertReason(Reason.TOO_LARGE, article(null, null, "x".repeat(1001), null));
        assertReason(Reason.INVALID_ID, article("../etc/passwd", null, "Text.", null));
        assertReason(Reason.INVALID_URL, article(null, "ftp://wire.example/a", "Text.", null));
        assertReason(Reason.INVALID_URL, article(null, "not a url", "Text.", null));
        assertReason(Reason.INVALID_DATE, article(null, null, "Text.", "yesterday"));
        assertReason(Reason.FUTURE_DATE, article(null, null, "Text.", "2026-03-03T12:00:00Z"));
    }

    private void assertReason(Reason expected, ArticleSubmission submission) {
        var e = assertThrows(RejectedArticleException.class, () -> normalizer.normalize(submission, NOW));
        assertEquals(expected, e.reason(), e.getMessage());
    }
}
