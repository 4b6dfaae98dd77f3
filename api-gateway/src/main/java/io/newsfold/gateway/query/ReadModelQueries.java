package io.newsfold.gateway.query;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsfold.contracts.ArticleEnriched.Span;
import io.newsfold.contracts.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads the gateway's read model. */
@ApplicationScoped
public class ReadModelQueries {

    /** The stage of an article's latest version, derived from which events of that version have arrived. */
    private static final String STAGE = "CASE WHEN a.version IS NULL THEN 'pending'"
            + " WHEN a.assigned_version = a.version THEN 'assigned'"
            + " WHEN a.enriched_version = a.version THEN 'enriched' ELSE 'ingested' END";

    /** A story's headline: the title of its earliest article that has one. */
    private static final String HEADLINE = "(SELECT a.title FROM gateway.articles a WHERE a.story_id = s.story_id"
            + " AND a.title IS NOT NULL ORDER BY a.published_at NULLS LAST, a.received_at, a.article_id LIMIT 1)";

    private static final String ARTICLE_COUNT =
            "(SELECT count(*) FROM gateway.articles a WHERE a.story_id = s.story_id)";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Span>> SPANS = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;

    public Optional<ArticleView> article(String id) {
        String sql = "SELECT a.*, " + STAGE + " AS stage FROM gateway.articles a WHERE a.article_id = ?";
        return query(sql, s -> s.setString(1, id), rs -> new ArticleView(
                rs.getString("article_id"), (Integer) rs.getObject("version"), rs.getString("stage"),
                rs.getString("source"), rs.getString("url"), rs.getString("title"), rs.getString("byline"),
                rs.getString("language"), rs.getString("text"),
                instant(rs, "published_at"), instant(rs, "received_at"), rs.getString("content_hash"),
                json(rs.getString("wire_credits"), STRINGS), json(rs.getString("sentences"), SPANS),
                (Integer) rs.getObject("token_count"), rs.getString("story_id")))
                .stream().findFirst();
    }

    public Page<StorySummary> stories(int limit, StoryCursor after) {
        String sql = "SELECT s.story_id, s.created_at, s.updated_at, " + HEADLINE + " AS headline, " + ARTICLE_COUNT
                + " AS article_count FROM gateway.stories s"
                + (after == null ? "" : " WHERE (s.created_at, s.story_id) < (?, ?)")
                + " ORDER BY s.created_at DESC, s.story_id DESC LIMIT ?";
        List<StorySummary> rows = query(sql, s -> {
            int i = 1;
            if (after != null) {
                s.setTimestamp(i++, Timestamp.from(after.createdAt()));
                s.setString(i++, after.storyId());
            }
            s.setInt(i, limit + 1);
        }, ReadModelQueries::storySummary);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<StorySummary> page = rows.subList(0, limit);
        StorySummary last = page.get(limit - 1);
        return new Page<>(List.copyOf(page), new StoryCursor(last.createdAt(), last.id()).encode());
    }

    public Optional<StoryView> story(String id) {
        String sql = "SELECT s.story_id, s.created_at, s.updated_at, " + HEADLINE + " AS headline, " + ARTICLE_COUNT
                + " AS article_count FROM gateway.stories s WHERE s.story_id = ?";
        return query(sql, s -> s.setString(1, id), ReadModelQueries::storySummary).stream().findFirst()
                .map(summary -> new StoryView(summary.id(), summary.headline(), summary.articleCount(),
                        summary.createdAt(), summary.updatedAt(), storyArticles(id)));
    }

    private List<StoryView.StoryArticle> storyArticles(String storyId) {
        String sql = "SELECT a.article_id, a.source, a.url, a.title, a.published_at, a.received_at, " + STAGE
                + " AS stage FROM gateway.articles a WHERE a.story_id = ?"
                + " ORDER BY a.published_at NULLS LAST, a.received_at, a.article_id";
        return query(sql, s -> s.setString(1, storyId), rs -> new StoryView.StoryArticle(rs.getString("article_id"),
                rs.getString("source"), rs.getString("url"), rs.getString("title"), instant(rs, "published_at"),
                instant(rs, "received_at"), rs.getString("stage")));
    }

    private static StorySummary storySummary(ResultSet rs) throws SQLException {
        return new StorySummary(rs.getString("story_id"), rs.getString("headline"), rs.getInt("article_count"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the read model", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static <T> T json(String value, TypeReference<T> type) {
        if (value == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(value, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("read model holds invalid JSON", e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
