package io.newsfold.gateway.projection;

import io.newsfold.contracts.EventJson;
import io.newsfold.gateway.query.ReadModelQueries;
import io.newsfold.gateway.story.MergedStory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Appends what readers can watch to the numbered feed table, in the projection's own transaction: the feed holds
 * exactly the changes the read model holds, and a replay of the topics adds nothing that is already there.
 */
@ApplicationScoped
public class LiveFeed {

    @Inject
    DataSource dataSource;

    @Inject
    ReadModelQueries queries;

    /**
     * Takes the feed's lock for the rest of the transaction; every transaction that may append takes it first.
     * Entry numbers come from a sequence, so two transactions appending at once could commit out of number order,
     * and a live reader that had read past the later one would never see the earlier: with the lock, entries are
     * committed in number order. Taken before any row lock, it cannot deadlock with the rows written after it.
     */
    static void lockForAppend(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            s.setString(1, "gateway.feed");
            s.execute();
        }
    }

    void append(Connection c, String type, String storyId, String articleId) throws SQLException {
        append(c, type, storyId, articleId, Map.of());
    }

    /**
     * Appends an entry; with {@code storyId} null it is the article's current story. The payload names the story,
     * the article with its title, outlet and language, and {@code extra}.
     */
    void append(Connection c, String type, String storyId, String articleId, Map<String, Object> extra)
            throws SQLException {
        Map<String, Object> payload = new LinkedHashMap<>();
        String story = storyId;
        String source = null;
        String language = null;
        if (articleId != null) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT story_id, title, source, language, relation FROM gateway.articles WHERE article_id = ?")) {
                s.setString(1, articleId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        story = story != null ? story : rs.getString("story_id");
                        source = rs.getString("source");
                        language = rs.getString("language");
                        payload.put("articleId", articleId);
                        putIfPresent(payload, "title", rs.getString("title"));
                        putIfPresent(payload, "source", source);
                        putIfPresent(payload, "relation", rs.getString("relation"));
                    }
                }
            }
        }
        if (story == null) {
            return;
        }
        payload.put("storyId", story);
        payload.putAll(extra);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gateway.feed (type, story_id, article_id, source,"
                + " language, payload) VALUES (?, ?, ?, ?, ?, ?::jsonb)")) {
            s.setString(1, type);
            s.setString(2, story);
            s.setString(3, articleId);
            s.setString(4, source);
            s.setString(5, language);
            s.setString(6, EventJson.write(payload));
            s.executeUpdate();
        }
    }

    /**
     * After a change to a story, records a disagreement-added entry when the story now shows more disagreements
     * than before. Runs after the change is committed, since the story is assembled from the committed rows.
     */
    public void noticeDisagreements(String storyId) {
        if (storyId == null) {
            return;
        }
        List<MergedStory.Disagreement> disagreements = queries.disagreements(storyId).orElse(null);
        if (disagreements == null) {
            return;
        }
        int count = disagreements.size();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            lockForAppend(c);
            try (PreparedStatement s = c.prepareStatement("UPDATE gateway.stories SET disagreement_count = ?"
                    + " WHERE story_id = ? AND disagreement_count < ?")) {
                s.setInt(1, count);
                s.setString(2, storyId);
                s.setInt(3, count);
                if (s.executeUpdate() > 0) {
                    MergedStory.Disagreement newest = disagreements.get(count - 1);
                    append(c, "disagreement-added", storyId, null, Map.of("about", newest.about(),
                            "kind", newest.kind(), "positions", newest.positions().size()));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record disagreements of story " + storyId, e);
        }
    }

    private static void putIfPresent(Map<String, Object> payload, String key, String value) {
        if (value != null) {
            payload.put(key, value);
        }
    }
}
