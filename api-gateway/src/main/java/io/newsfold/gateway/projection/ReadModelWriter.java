package io.newsfold.gateway.projection;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.Event;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.StoryMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes events into the read model. Each write is an idempotent upsert guarded by the article version (or, for
 * assignments, dedupe's assignment sequence), and an article's entities, claims and reuse rows are replaced whole
 * in the same transaction, so events may arrive twice or out of order across topics and a replay converges.
 */
@ApplicationScoped
public class ReadModelWriter {

    @Inject
    DataSource dataSource;

    @Inject
    LiveFeed feed;

    /**
     * Applies the events in their order in one transaction: all of them, or none if one fails. Returns, for each
     * event, the story it changed, or null.
     */
    public List<String> applyAll(List<? extends Event> events) {
        List<String> changed = new ArrayList<>(events.size());
        inTransaction(c -> {
            for (Event e : events) {
                changed.add(applyIn(c, e));
            }
        });
        return changed;
    }

    private String applyIn(Connection c, Event e) throws SQLException {
        if (e instanceof ArticleIngested ingested) {
            apply(c, ingested);
            return null;
        } else if (e instanceof ArticleEnriched enriched) {
            return apply(c, enriched);
        } else if (e instanceof StoryAssigned assigned) {
            return apply(c, assigned);
        } else if (e instanceof StoryMerged merged) {
            apply(c, merged);
            return null;
        }
        throw new IllegalArgumentException("not a read-model event: " + e.getClass().getSimpleName());
    }

    private static void apply(Connection c, ArticleIngested e) throws SQLException {
        update(c, "INSERT INTO gateway.articles (article_id, version, source, url, title, text,"
                + " published_at, received_at, content_hash, wire_credits, byline, language)"
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

    /**
     * Returns the article's story when the enrichment could change the story's disagreements (only numbers and
     * dates can), else null: assembling the story for other claims is wasted work.
     */
    private String apply(Connection c, ArticleEnriched e) throws SQLException {
        int applied = update(c, "INSERT INTO gateway.articles (article_id, enriched_version, sentences, token_count)"
                + " VALUES (?, ?, ?::jsonb, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET enriched_version = excluded.enriched_version,"
                + " sentences = excluded.sentences, token_count = excluded.token_count"
                + " WHERE articles.enriched_version IS NULL"
                + " OR articles.enriched_version <= excluded.enriched_version",
                s -> {
                    s.setString(1, e.articleId());
                    s.setInt(2, e.version());
                    s.setString(3, EventJson.write(e.sentences()));
                    s.setInt(4, e.tokenCount());
                });
        if (applied == 0) {
            return null;
        }
        replaceEntities(c, e.articleId(), e.entities() == null ? List.of() : e.entities());
        replaceClaims(c, e.articleId(), e.claims() == null ? List.of() : e.claims());
        if (e.claims() == null || e.claims().isEmpty()) {
            return null;
        }
        feed.append(c, "claims-added", null, e.articleId());
        boolean couldDisagree = e.claims().stream().map(ArticleEnriched.Claim::kind)
                .anyMatch(k -> k.equals(ArticleEnriched.Claim.NUMBER) || k.equals(ArticleEnriched.Claim.DATE));
        return couldDisagree ? currentStory(c, e.articleId(), false) : null;
    }

    /** Returns the story the article is in once the assignment is applied. */
    private String apply(Connection c, StoryAssigned e) throws SQLException {
        boolean newStory = upsertStory(c, e.storyId(), e.assignedAt());
        String previousStory = currentStory(c, e.articleId(), true);
        int applied = update(c, "INSERT INTO gateway.articles (article_id, assigned_version, story_id,"
                + " assignment_sequence, duplicate_of, family_id, family_origin, relation)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET assigned_version = excluded.assigned_version,"
                + " story_id = excluded.story_id, assignment_sequence = excluded.assignment_sequence,"
                + " duplicate_of = excluded.duplicate_of, family_id = excluded.family_id,"
                + " family_origin = excluded.family_origin, relation = excluded.relation"
                + " WHERE articles.assignment_sequence IS NULL"
                + " OR articles.assignment_sequence < excluded.assignment_sequence",
                s -> {
                    s.setString(1, e.articleId());
                    s.setInt(2, e.version());
                    s.setString(3, e.storyId());
                    s.setLong(4, e.sequence());
                    s.setString(5, e.duplicateOf());
                    s.setString(6, e.familyId());
                    s.setString(7, e.familyOrigin());
                    s.setString(8, e.relation());
                });
        if (applied == 0) {
            return e.storyId();
        }
        if (newStory) {
            feed.append(c, "story-created", e.storyId(), e.articleId());
        }
        if (!e.storyId().equals(previousStory)) {
            feed.append(c, "article-added", e.storyId(), e.articleId());
        }
        update(c, "DELETE FROM gateway.article_reuse WHERE article_id = ?", s -> s.setString(1, e.articleId()));
        insertReuse(c, e.articleId(), e.reuse() == null ? List.of() : e.reuse());
        return e.storyId();
    }

    private void apply(Connection c, StoryMerged e) throws SQLException {
        upsertStory(c, e.storyId(), e.mergedAt());
        upsertStory(c, e.absorbedStoryId(), e.mergedAt());
        int merged = update(c, "UPDATE gateway.stories SET merged_into = ? WHERE story_id = ?"
                + " AND merged_into IS DISTINCT FROM ?", s -> {
                    s.setString(1, e.storyId());
                    s.setString(2, e.absorbedStoryId());
                    s.setString(3, e.storyId());
                });
        if (merged > 0) {
            feed.append(c, "stories-merged", e.storyId(), null, java.util.Map.of("absorbedStoryId",
                    e.absorbedStoryId()));
        }
    }

    /** Returns whether the story is new to the read model. */
    private static boolean upsertStory(Connection c, String storyId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gateway.stories (story_id, created_at, updated_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (story_id) DO UPDATE"
                + " SET created_at = LEAST(stories.created_at, excluded.created_at),"
                + " updated_at = GREATEST(stories.updated_at, excluded.updated_at) RETURNING (xmax = 0)")) {
            s.setString(1, storyId);
            s.setTimestamp(2, timestamp(at));
            s.setTimestamp(3, timestamp(at));
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String currentStory(Connection c, String articleId, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT story_id FROM gateway.articles WHERE article_id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, articleId);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void insertReuse(Connection c, String articleId, List<StoryAssigned.Reuse> reuse)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gateway.article_reuse (article_id, other_id,"
                + " relation, share, other_share, passages) VALUES (?, ?, ?, ?, ?, ?::jsonb)")) {
            for (StoryAssigned.Reuse r : reuse) {
                s.setString(1, articleId);
                s.setString(2, r.articleId());
                s.setString(3, r.relation());
                s.setDouble(4, r.share());
                s.setDouble(5, r.otherShare());
                s.setString(6, EventJson.write(r.passages()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void replaceEntities(Connection c, String articleId, List<ArticleEnriched.Entity> entities)
            throws SQLException {
        update(c, "DELETE FROM gateway.article_entities WHERE article_id = ?", s -> s.setString(1, articleId));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gateway.article_entities (article_id, position,"
                + " text, type, canonical, start_at, end_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entities.size(); i++) {
                ArticleEnriched.Entity en = entities.get(i);
                s.setString(1, articleId);
                s.setInt(2, i);
                s.setString(3, en.text());
                s.setString(4, en.type());
                s.setString(5, en.canonical());
                s.setInt(6, en.start());
                s.setInt(7, en.end());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void replaceClaims(Connection c, String articleId, List<ArticleEnriched.Claim> claims)
            throws SQLException {
        update(c, "DELETE FROM gateway.article_claims WHERE article_id = ?", s -> s.setString(1, articleId));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gateway.article_claims (article_id, position, kind,"
                + " text, start_at, end_at, speaker_name, speaker_canonical, speaker_start, speaker_end, value, unit,"
                + " hedge, subject, place, date, expression) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < claims.size(); i++) {
                ArticleEnriched.Claim cl = claims.get(i);
                ArticleEnriched.Speaker sp = cl.speaker();
                s.setString(1, articleId);
                s.setInt(2, i);
                s.setString(3, cl.kind());
                s.setString(4, cl.text());
                s.setInt(5, cl.start());
                s.setInt(6, cl.end());
                s.setString(7, sp == null ? null : sp.name());
                s.setString(8, sp == null ? null : sp.canonical());
                setInt(s, 9, sp == null ? null : sp.start());
                setInt(s, 10, sp == null ? null : sp.end());
                if (cl.value() == null) {
                    s.setNull(11, Types.DOUBLE);
                } else {
                    s.setDouble(11, cl.value());
                }
                s.setString(12, cl.unit());
                s.setString(13, cl.hedge());
                s.setString(14, cl.subject());
                s.setString(15, cl.place());
                s.setDate(16, cl.date() == null ? null : Date.valueOf(cl.date()));
                s.setString(17, cl.expression());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private void inTransaction(Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                LiveFeed.lockForAppend(c);
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the read model", e);
        }
    }

    private static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }
}
