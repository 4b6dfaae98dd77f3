package io.newsfold.contracts;

/**
 * What a feeder sends: over HTTP ({@code POST /v1/articles}) or as JSON on {@link Topics#ARTICLES_SUBMITTED}.
 * The article comes as plain {@code text} or as the raw page in {@code html} (raw HTML in {@code text} is
 * recognised too). {@code publishedAt} is kept as the feeder wrote it; ingest parses it.
 */
public record ArticleSubmission(String id, String source, String url, String title, String text, String html,
        String publishedAt) {
}
