package io.newsfold.gateway.query;

import java.time.Instant;
import java.util.List;

/**
 * What readers filter stories, articles and the live stream by. Every field is optional; {@code sources} keeps
 * only those outlets, {@code excludedSources} drops them.
 */
public record SearchFilter(String query, String entity, List<String> sources, List<String> excludedSources,
        String language, Instant from, Instant to, String storyId, boolean skipDuplicates) {

    public static final SearchFilter NONE = new SearchFilter(null, null, List.of(), List.of(), null, null, null, null,
            false);

    /** Adds the conditions on an article, whose columns are named by the caller. */
    void articleConditions(SqlWhere where, String sourceColumn, String languageColumn, String articleIdColumn) {
        if (!sources.isEmpty()) {
            where.and(sourceColumn + " = ANY(?)", (Object) sources.toArray(String[]::new));
        }
        if (!excludedSources.isEmpty()) {
            where.and(sourceColumn + " <> ALL(?)", (Object) excludedSources.toArray(String[]::new));
        }
        if (language != null) {
            where.and(languageColumn + " = ?", language);
        }
        if (entity != null) {
            where.and("EXISTS (SELECT 1 FROM gateway.article_entities e WHERE e.article_id = " + articleIdColumn
                    + " AND e.canonical = ?)", entity);
        }
    }

    /** The conditions on an article row aliased {@code a}, text and dates included. */
    void fullArticleConditions(SqlWhere where) {
        articleConditions(where, "a.source", "a.language", "a.article_id");
        if (query != null) {
            where.and("a.search @@ websearch_to_tsquery('english', ?)", query);
        }
        if (from != null) {
            where.and("coalesce(a.published_at, a.received_at) >= ?", from);
        }
        if (to != null) {
            where.and("coalesce(a.published_at, a.received_at) < ?", to);
        }
        if (skipDuplicates) {
            where.and("a.duplicate_of IS NULL AND coalesce(a.relation, '') <> 'copy'");
        }
    }
}
