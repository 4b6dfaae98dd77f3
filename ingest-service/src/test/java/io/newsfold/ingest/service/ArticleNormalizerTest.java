package io.newsfold.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsfold.contracts.ArticleSubmission;
import io.newsfold.ingest.cleaning.LanguageGuesser;
import io.newsfold.ingest.service.RejectedArticleException.Reason;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
    private final ArticleNormalizer normalizer =
            new ArticleNormalizer(new ArticleNormalizer.Limits(1000, 100, 50, Duration.ofHours(1), false), LANGUAGES);

    private static ArticleSubmission article(String id, String url, String text, String publishedAt) {
        return new ArticleSubmission(id, "Example Wire", url, "Harbour  reopens", text, null, publishedAt);
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
        assertReason(Reason.MISSING_FIELD, new ArticleSubmission(null, null, null, null, "Text.", null, null));
        assertReason(Reason.MISSING_FIELD, new ArticleSubmission(null, "S", null, null, "  ", null, null));
        assertReason(Reason.EMPTY_TEXT, article(null, null, "\u200B\u0007", null));
        assertReason(Reason.TOO_LARGE, article(null, null, "x".repeat(1001), null));
        assertReason(Reason.INVALID_ID, article("../etc/passwd", null, "Text.", null));
        assertReason(Reason.INVALID_URL, article(null, "ftp://wire.example/a", "Text.", null));
        assertReason(Reason.INVALID_URL, article(null, "not a url", "Text.", null));
        assertReason(Reason.INVALID_DATE, article(null, null, "Text.", "yesterday"));
        assertReason(Reason.FUTURE_DATE, article(null, null, "Text.", "2026-03-03T12:00:00Z"));
        assertReason(Reason.BAD_CHARSET, article(null, null, "Caf\uFFFD opens.", null));
        assertReason(Reason.EMPTY_TEXT, article(null, null, "Advertisement\n\nShare this story", null));
    }

    @Test
    void marksTheLanguageOrRefusesNonEnglishWhenConfiguredTo() {
        String german = "Die Fähre fährt wieder über den See, nachdem das Eis zehn Tage lang den Hafen blockiert hatte.";
        assertEquals("de", normalizer.normalize(article(null, null, german, null), NOW).language());

        var strict = new ArticleNormalizer(new ArticleNormalizer.Limits(1000, 100, 50, Duration.ofHours(1), true),
                LANGUAGES);
        var e = assertThrows(RejectedArticleException.class,
                () -> strict.normalize(article(null, null, german, null), NOW));
        assertEquals(Reason.NON_ENGLISH, e.reason());
    }

    @Test
    void extractsAnArticleSentAsARawPage() {
        String page = "<html><head><title>Ferries back | Lakeside</title>"
                + "<meta property=\"article:published_time\" content=\"2026-02-09T11:30:00Z\">"
                + "<link rel=\"canonical\" href=\"https://lakeside.example/ferries\"></head><body>"
                + "<nav>Home | News</nav><article><h1>Ferries back</h1>"
                + "<p>KESTREL BAY (AP) — Ferries returned to the lake on Monday.</p>"
                + "<div class=\"share-bar\">Share on Facebook</div><p>The first boat left at dawn.</p></article>"
                + "<footer>© Lakeside</footer></body></html>";
        var a = normalizer.normalize(new ArticleSubmission(null, "Lakeside", null, null, null, page, null), NOW);

        assertEquals("KESTREL BAY (AP) — Ferries returned to the lake on Monday.\n\nThe first boat left at dawn.",
                a.text());
        assertEquals("Ferries back | Lakeside", a.title());
        assertEquals("https://lakeside.example/ferries", a.canonicalUrl());
        assertEquals(Instant.parse("2026-02-09T11:30:00Z"), a.publishedAt());
        assertEquals(java.util.List.of("AP"), a.wireCredits());
    }

    private void assertReason(Reason expected, ArticleSubmission submission) {
        var e = assertThrows(RejectedArticleException.class, () -> normalizer.normalize(submission, NOW));
        assertEquals(expected, e.reason(), e.getMessage());
    }
}
