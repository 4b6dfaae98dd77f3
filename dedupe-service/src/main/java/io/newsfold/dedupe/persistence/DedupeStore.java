package io.newsfold.dedupe.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.dedupe.core.DedupePipeline;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dedupe schema, used inside the caller's transaction (one connection, one transaction per article). */
public final class DedupeStore {

    /** One number for the whole service: the advisory lock that serialises assignment across instances. */
    private static final long ASSIGNMENT_LOCK = 0x6e657773666f6c64L;

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<StoryAssigned.Passage>> PASSAGES = new TypeReference<>() {
    };

    private final Connection c;

    public DedupeStore(Connection c) {
        this.c = c;
    }

    /** Waits until no other instance is assigning; released when the transaction ends. */
    public void lockAssignment() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            s.setLong(1, ASSIGNMENT_LOCK);
            s.execute();
        }
    }

    public List<StoredArticle> articlesAfter(long seq) throws SQLException {
        return articles("SELECT * FROM dedupe.articles WHERE seq > ? ORDER BY seq", seq);
    }

    /** What an assignment event repeats of a stored article; not its text, read for every family member. */
    public record Assignment(int version, String storyId, String duplicateOf) {
    }

    public Optional<Assignment> assignment(String articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT version, story_id, duplicate_of FROM dedupe.articles WHERE article_id = ?")) {
            s.setString(1, articleId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Assignment(rs.getInt(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** How many stored articles were decided by another pipeline version than this one (or before versions). */
    public long decidedByOtherPipelines() throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM dedupe.articles WHERE pipeline_version IS DISTINCT FROM ?")) {
            s.setInt(1, DedupePipeline.VERSION);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Stores a newly assigned article and returns its sequence number. */
    public long insert(StoredArticle a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dedupe.articles (article_id, version, source, title,"
                + " text, published_at, received_at, wire_credits, entity_keys, story_id, duplicate_of,"
                + " pipeline_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?) RETURNING seq")) {
            s.setString(1, a.articleId());
            s.setInt(2, a.version());
            s.setString(3, a.source());
            s.setString(4, a.title());
            s.setString(5, a.text());
            s.setTimestamp(6, a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()));
            s.setTimestamp(7, a.receivedAt() == null ? null : Timestamp.from(a.receivedAt()));
            s.setString(8, EventJson.write(a.wireCredits()));
            s.setString(9, EventJson.write(a.entityKeys()));
            s.setString(10, a.storyId());
            s.setString(11, a.duplicateOf());
            s.setInt(12, DedupePipeline.VERSION);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves every article of {@code from} to {@code to}; returns the ids moved. */
    public List<String> moveStory(String from, String to) throws SQLException {
        List<String> moved = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE dedupe.articles SET story_id = ? WHERE story_id = ? RETURNING article_id")) {
            s.setString(1, to);
            s.setString(2, from);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    moved.add(rs.getString(1));
                }
            }
        }
        return moved;
    }

    /** Stores reuse rows in one statement; a row for a pair already stored replaces it. */
    public void putReuse(List<ReuseRow> rows) throws SQLException {
        // One multi-row upsert may not touch a row twice, so a pair listed twice is stored once, as listed last.
        Map<List<String>, ReuseRow> byPair = new LinkedHashMap<>();
        rows.forEach(r -> byPair.put(List.of(r.articleId(), r.reuse().articleId()), r));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dedupe.reuse_links (article_id, other_id, relation,"
                + " share, other_share, passages) VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (article_id, other_id)"
                + " DO UPDATE SET relation = excluded.relation, share = excluded.share,"
                + " other_share = excluded.other_share, passages = excluded.passages")) {
            for (ReuseRow row : byPair.values()) {
                StoryAssigned.Reuse reuse = row.reuse();
                s.setString(1, row.articleId());
                s.setString(2, reuse.articleId());
                s.setString(3, reuse.relation());
                s.setDouble(4, reuse.share());
                s.setDouble(5, reuse.otherShare());
                s.setString(6, EventJson.write(reuse.passages()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public List<StoryAssigned.Reuse> reuseOf(String articleId) throws SQLException {
        List<StoryAssigned.Reuse> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM dedupe.reuse_links WHERE article_id = ?"
                + " ORDER BY share DESC, other_id")) {
            s.setString(1, articleId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoryAssigned.Reuse(rs.getString("other_id"), rs.getString("relation"),
                            rs.getDouble("share"), rs.getDouble("other_share"),
                            json(rs.getString("passages"), PASSAGES)));
                }
            }
        }
        return out;
    }

    /** Queues events for their channels in this transaction; {@link #pendingEvents} hands them out in order. */
    public void enqueue(List<OutboxRecord> events) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO dedupe.outbox (channel, record_key, value) VALUES (?, ?, ?)")) {
            for (OutboxRecord e : events) {
                s.setString(1, e.channel());
                s.setString(2, e.key());
                s.setString(3, e.value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Lets this transaction commit without waiting for the disk. Only for work a crash may undo harmlessly: an
     * outbox row whose deletion is lost is published once more, and the gateway applies it once.
     */
    public void relaxDurability() throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }

    /**
     * The oldest queued events, locked until this transaction ends; rows another instance is publishing right now
     * are skipped rather than waited for.
     */
    public List<OutboxRecord> pendingEvents(int limit) throws SQLException {
        List<OutboxRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, channel, record_key, value FROM dedupe.outbox"
                + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutboxRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    public void deleteEvents(List<OutboxRecord> published) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM dedupe.outbox WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("bigint", published.stream().map(OutboxRecord::id).toArray(Long[]::new)));
            s.executeUpdate();
        }
    }

    public long nextSequence() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval('dedupe.assignment_sequence')");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<StoredArticle> articles(String sql, Object parameter) throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp published = rs.getTimestamp("published_at");
                    Timestamp received = rs.getTimestamp("received_at");
                    out.add(new StoredArticle(rs.getLong("seq"), rs.getString("article_id"), rs.getInt("version"),
                            rs.getString("source"), rs.getString("title"), rs.getString("text"),
                            published == null ? null : published.toInstant(),
                            received == null ? null : received.toInstant(), json(rs.getString("wire_credits"),
                                    STRINGS), json(rs.getString("entity_keys"), STRINGS), rs.getString("story_id"),
                            rs.getString("duplicate_of")));
                }
            }
        }
        return out;
    }

    private static <T> T json(String value, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dedupe schema holds invalid JSON", e);
        }
    }
}
