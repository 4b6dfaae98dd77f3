package io.newsfold.gateway.projection;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Writes events into the read model. Each write is an idempotent upsert: a stage is only overwritten by the same
 * or a later article version, so events may arrive twice or across topics out of order.
 */
@ApplicationScoped
public class ReadModelWriter {

    @Inject
    DataSource dataSource;

    public void apply(ArticleIngested e) {
        execute("INSERT INTO gateway.articles (article_id, version, source, url, title, text, published_at,"
                + " received_at, content_hash, wire_credits, byline, language)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, source = excluded.source,"
                + " url = excluded.url, title = excluded.title, text = excluded.text,"
                + " published_at = excluded.published_at, received_at = excluded.received_at,"
                + " content_hash = excluded.content_hash, wire_credits = excluded.wire_credits,"
                + " byline = excluded.byline, language = excluded.language"
                + " WHERE articles.version IS NULL OR articles.version <= excluded.version",
                s -> {
                    s.setString(1, e.articleId());
                    s.setInt(2, e.version());
                    s.setString(3, e.source());
                    s.setString(4, e.url());
                    s.setString(5, e.title());
                    s.setString(6, e.text());
                    s.setTimestamp(7, timestamp(e.publishedAt()));
                    s.setTimestamp(8, timestamp(e.receivedAt()));
                    s.setString(9, e.contentHash());
                    s.setString(10, EventJson.write(e.wireCredits()));
                    s.setString(11, e.byline());
                    s.setString(12, e.language());
                });
    }

    public void apply(ArticleEnriched e) {
        execute("INSERT INTO gateway.articles (article_id, enriched_version, sentences, token_count)"
                + " VALUES (?, ?, ?::jsonb, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET enriched_version = excluded.enriched_version,"
                + " sentences = excluded.sentences, token_count = excluded.token_count"
                + " WHERE articles.enriched_version IS NULL OR articles.enriched_version <= excluded.enriched_version",
                s -> {
                    s.setString(1, e.articleId());
                    s.setInt(2, e.version());
                    s.setString(3, EventJson.write(e.sentences()));
                    s.setInt(4, e.tokenCount());
                });
    }

    public void apply(StoryAssigned e) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                executeIn(c, "INSERT INTO gateway.stories (story_id, created_at, updated_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (story_id) DO UPDATE"
                        + " SET created_at = LEAST(stories.created_at, excluded.created_at),"
                        + " updated_at = GREATEST(stories.updated_at, excluded.updated_at)",
                        s -> {
                            s.setString(1, e.storyId());
                            s.setTimestamp(2, timestamp(e.assignedAt()));
                            s.setTimestamp(3, timestamp(e.assignedAt()));
                        });
                executeIn(c, "INSERT INTO gateway.articles (article_id, assigned_version, story_id) VALUES (?, ?, ?)"
                        + " ON CONFLICT (article_id) DO UPDATE SET assigned_version = excluded.assigned_version,"
                        + " story_id = excluded.story_id"
                        + " WHERE articles.assigned_version IS NULL"
                        + " OR articles.assigned_version <= excluded.assigned_version",
                        s -> {
                            s.setString(1, e.articleId());
                            s.setInt(2, e.version());
                            s.setString(3, e.storyId());
                        });
                c.commit();
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot project assignment of " + e.articleId(), ex);
        }
    }

    private void execute(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection()) {
            executeIn(c, sql, binder);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the read model", e);
        }
    }

    private static void executeIn(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
