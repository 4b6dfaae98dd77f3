package io.newsfold.dedupe.persistence;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.StoryAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Story assignment by exact content, in one transaction per article. Correct with several instances: the
 * content hash's primary key lets exactly one insert found a story, and every other instance reads the winner.
 * Redelivery of an article version already assigned returns the stored assignment unchanged.
 */
@ApplicationScoped
public class AssignmentStore {

    @Inject
    DataSource dataSource;

    public StoryAssigned assign(ArticleEnriched article) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                StoryAssigned assignment = assignIn(c, article);
                c.commit();
                return assignment;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot assign article " + article.articleId(), e);
        }
    }

    private StoryAssigned assignIn(Connection c, ArticleEnriched a) throws SQLException {
        String candidate = "s-" + UUID.randomUUID();
        boolean founded;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO dedupe.content_stories (content_hash, story_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, a.contentHash());
            s.setString(2, candidate);
            founded = s.executeUpdate() == 1;
        }
        String storyId = founded ? candidate : storyOf(c, a.contentHash());
        Instant now = Instant.now();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dedupe.article_assignments"
                + " (article_id, version, content_hash, story_id, assigned_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET version = excluded.version,"
                + " content_hash = excluded.content_hash, story_id = excluded.story_id,"
                + " assigned_at = excluded.assigned_at"
                + " WHERE article_assignments.version < excluded.version")) {
            s.setString(1, a.articleId());
            s.setInt(2, a.version());
            s.setString(3, a.contentHash());
            s.setString(4, storyId);
            s.setTimestamp(5, Timestamp.from(now));
            s.executeUpdate();
        }
        String reason = founded ? "new content" : "same content as an earlier article";
        long sequence = nextSequence(c);
        return new StoryAssigned(StoryAssigned.SCHEMA_VERSION, a.articleId() + ":v" + a.version() + ":" + sequence,
                storyId, a.articleId(), a.version(), sequence, founded, reason, now, null, null, null,
                StoryAssigned.INDEPENDENT, List.of());
    }

    private static long nextSequence(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval('dedupe.assignment_sequence')");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String storyOf(Connection c, String contentHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT story_id FROM dedupe.content_stories WHERE content_hash = ?")) {
            s.setString(1, contentHash);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("content " + contentHash + " has no story after insert");
                }
                return rs.getString(1);
            }
        }
    }
}
