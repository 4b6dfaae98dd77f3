package io.newsfold.ingest.persistence;

import io.newsfold.contracts.ArticleIngested;
import java.time.Instant;
import java.util.List;

/** One stored article version, as far as its event needs it. */
public record StoredVersion(
        String articleId,
        int version,
        String source,
        String url,
        String title,
        String text,
        Instant publishedAt,
        Instant receivedAt,
        String contentHash,
        List<String> wireCredits,
        String byline,
        String language,
        boolean published) {

    public ArticleIngested toEvent() {
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, articleId + ":v" + version, articleId, version,
                source, url, title, text, publishedAt, receivedAt, contentHash, wireCredits, byline, language);
    }
}
