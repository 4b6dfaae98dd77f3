package io.newsfold.ingest.service;

import io.newsfold.contracts.ArticleSubmission;
import io.newsfold.ingest.service.RejectedArticleException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/** Validates a submission and brings it into canonical form, or refuses it with a reason. */
public final class ArticleNormalizer {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    /** The configured bounds on what is accepted. */
    public record Limits(int maxTextBytes, int maxTitleChars, int maxSourceChars, Duration futureSkew) {
    }

    private final Limits limits;

    public ArticleNormalizer(Limits limits) {
        this.limits = limits;
    }

    public NormalizedArticle normalize(ArticleSubmission submission, Instant now) {
        String source = required(submission.source(), "source");
        String rawText = required(submission.text(), "text");
        if (rawText.getBytes(StandardCharsets.UTF_8).length > limits.maxTextBytes()) {
            throw new RejectedArticleException(Reason.TOO_LARGE,
                    "text is larger than " + limits.maxTextBytes() + " bytes");
        }
        source = TextNormalizer.normalizeLine(source);
        if (source.length() > limits.maxSourceChars()) {
            throw new RejectedArticleException(Reason.TOO_LARGE,
                    "source is longer than " + limits.maxSourceChars() + " characters");
        }
        String title = blankToNull(submission.title());
        if (title != null) {
            title = TextNormalizer.normalizeLine(title);
            if (title.length() > limits.maxTitleChars()) {
                throw new RejectedArticleException(Reason.TOO_LARGE,
                        "title is longer than " + limits.maxTitleChars() + " characters");
            }
        }
        String text = TextNormalizer.normalize(rawText);
        if (text.isEmpty()) {
            throw new RejectedArticleException(Reason.EMPTY_TEXT, "text is empty after cleaning");
        }
        String url = blankToNull(submission.url());
        String canonicalUrl = url == null ? null : CanonicalUrl.of(url);
        Instant publishedAt = publishedAt(submission.publishedAt(), now);
        String contentHash = Hashes.sha256Hex(text);
        String id = id(submission.id(), source, canonicalUrl, contentHash);
        return new NormalizedArticle(id, source, url == null ? null : url.strip(), canonicalUrl, title, text,
                publishedAt, contentHash);
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
