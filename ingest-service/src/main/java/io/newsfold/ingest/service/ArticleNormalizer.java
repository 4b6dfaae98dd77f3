package io.newsfold.ingest.service;

import io.newsfold.contracts.ArticleSubmission;
import io.newsfold.ingest.cleaning.ArticleCleaner;
import io.newsfold.ingest.cleaning.HtmlExtractor;
import io.newsfold.ingest.cleaning.LanguageGuesser;
import io.newsfold.ingest.service.RejectedArticleException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Validates a submission, cleans it (page extraction, site chrome, wire credits, language) and brings it into
 * canonical form, or refuses it with a reason. Nothing is stored before this has passed.
 */
public final class ArticleNormalizer {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    /** Longest URL kept: longer ones are not real article addresses and do not fit an index entry. */
    static final int MAX_URL_CHARS = 2048;

    /** The configured bounds on what is accepted; {@code refuseNonEnglish} refuses instead of marking. */
    public record Limits(int maxTextBytes, int maxTitleChars, int maxSourceChars, Duration futureSkew,
            boolean refuseNonEnglish) {
    }

    private final Limits limits;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final LanguageGuesser languages;

    public ArticleNormalizer(Limits limits, LanguageGuesser languages) {
        this.limits = limits;
        this.languages = languages;
    }

    public NormalizedArticle normalize(ArticleSubmission submission, Instant now) {
        String source = required(submission.source(), "source");
        boolean htmlGiven = blankToNull(submission.html()) != null;
        String body = htmlGiven ? submission.html() : submission.text();
        if (body == null || body.isBlank()) {
            throw new RejectedArticleException(Reason.MISSING_FIELD, "text (or html) is required");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > limits.maxTextBytes()) {
            throw new RejectedArticleException(Reason.TOO_LARGE,
                    "text is larger than " + limits.maxTextBytes() + " bytes");
        }
        if (body.indexOf('\uFFFD') >= 0) {
            throw new RejectedArticleException(Reason.BAD_CHARSET,
                    "text holds U+FFFD replacement characters: it was decoded with the wrong charset");
        }
        source = TextNormalizer.normalizeLine(source);
        if (source.length() > limits.maxSourceChars()) {
            throw new RejectedArticleException(Reason.TOO_LARGE,
                    "source is longer than " + limits.maxSourceChars() + " characters");
        }
        String givenTitle = blankToNull(submission.title());
        String url = blankToNull(submission.url());
        if (url != null && url.strip().length() > MAX_URL_CHARS) {
            throw new RejectedArticleException(Reason.TOO_LARGE,
                    "url is longer than " + MAX_URL_CHARS + " characters");
        }
        boolean isHtml = htmlGiven || HtmlExtractor.looksLikeHtml(body);
        ArticleCleaner.Cleaned cleaned;
        try {
            cleaned = cleaner.clean(isHtml ? body : TextNormalizer.normalize(body), isHtml,
                    givenTitle == null ? null : TextNormalizer.normalizeLine(givenTitle), url);
        } catch (HtmlExtractor.TooComplexException e) {
            throw new RejectedArticleException(Reason.HTML_TOO_COMPLEX, e.getMessage());
        }
        String title = cleaned.title() == null ? null : TextNormalizer.normalizeLine(cleaned.title());
        if (title != null && title.length() > limits.maxTitleChars()) {
            throw new RejectedArticleException(Reason.TOO_LARGE,
                    "title is longer than " + limits.maxTitleChars() + " characters");
        }
        String text = TextNormalizer.normalize(cleaned.text());
        if (text.isEmpty()) {
            throw new RejectedArticleException(Reason.EMPTY_TEXT, "text is empty after cleaning");
        }
        String language = languages.guess(text);
        if (limits.refuseNonEnglish() && !language.equals("en") && !language.equals(LanguageGuesser.UNDETERMINED)) {
            throw new RejectedArticleException(Reason.NON_ENGLISH, "the text is in '" + language
                    + "'; this service is configured to accept English only");
        }
        if (url == null && cleaned.pageUrl() != null && !cleaned.pageUrl().isBlank()
                && cleaned.pageUrl().length() <= MAX_URL_CHARS) {
            url = cleaned.pageUrl();
        }
        String canonicalUrl = url == null ? null : CanonicalUrl.of(url);
        Instant publishedAt = publishedAt(submission.publishedAt(), now);
        if (publishedAt == null && cleaned.pagePublishedAt() != null) {
            publishedAt = pagePublishedAt(cleaned.pagePublishedAt(), now);
        }
        String contentHash = Hashes.sha256Hex(text);
        String id = id(submission.id(), source, canonicalUrl, contentHash);
        String byline = cleaned.byline() == null ? null : TextNormalizer.normalizeLine(cleaned.byline());
        return new NormalizedArticle(id, source, url == null ? null : url.strip(), canonicalUrl, title, text,
                publishedAt, contentHash, byline, language, cleaned.wireCredits());
    }

    /** A date found on the page is a hint, not the sender's word: one that cannot be used is ignored. */
    private Instant pagePublishedAt(String value, Instant now) {
        try {
            return publishedAt(value, now);
        } catch (RejectedArticleException e) {
            return null;
        }
    }

    private Instant publishedAt(String value, Instant now) {
        if (blankToNull(value) == null) {
            return null;
        }
        Instant publishedAt = PublishedDates.parse(value);
        if (publishedAt.isAfter(now.plus(limits.futureSkew()))) {
            throw new RejectedArticleException(Reason.FUTURE_DATE,
                    "publishedAt " + publishedAt + " is in the future");
        }
        return publishedAt;
    }

    /**
     * The sender's id when given; otherwise one derived from what identifies the article: its source and canonical
     * URL (so a corrected page becomes a new version of the same article), or its source and content.
     */
    private static String id(String given, String source, String canonicalUrl, String contentHash) {
        if (blankToNull(given) != null) {
            String id = given.strip();
            if (!ID.matcher(id).matches()) {
                throw new RejectedArticleException(Reason.INVALID_ID,
                        "id must be 1 to 200 of letters, digits and . _ : - and start with a letter or digit");
            }
            return id;
        }
        String identity = source + "\n" + (canonicalUrl != null ? canonicalUrl : contentHash);
        return "a-" + Hashes.sha256Hex(identity).substring(0, 24);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RejectedArticleException(Reason.MISSING_FIELD, field + " is required");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
