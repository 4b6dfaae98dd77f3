package io.newsfold.ingest.persistence;

import io.newsfold.contracts.EventJson;
import io.newsfold.ingest.service.NormalizedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The ingest schema: every version of every article with its raw input. Storing takes transaction-scoped advisory
 * locks on the article id and the canonical URL, so two instances receiving the same article at once agree on
 * which one stored it.
 */
@ApplicationScoped
public class ArticleStore {

    private static final String COLUMNS = "article_id, version, source, url, title, text, published_at, received_at,"
            + " content_hash, wire_credits, byline, language, published";

    @Inject
    DataSource dataSource;

    /** An article to store, with the raw input it came as and when it arrived. */
    public record Submission(NormalizedArticle article, String rawInput, Instant receivedAt) {
    }

    /**
     * Stores submissions in one transaction, in order, so a later one sees the versions an earlier one stored: a
     * batch costs one commit, not one an article. Its locks are taken all at once, in one order every transaction
     * uses, so two batches (or a batch and a single article) sharing articles wait for each other and never
     * deadlock.
     */
    public List<StoreOutcome> storeAll(List<Submission> submissions) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                lockAll(c, submissions);
                List<StoreOutcome> outcomes = new ArrayList<>(submissions.size());
                for (Submission s : submissions) {
                    outcomes.add(storeIn(c, s.article(), s.rawInput(), s.receivedAt()));
                }
                c.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + named(submissions.get(0).article().id(),
                    submissions.size()), e);
        }
    }

    private StoreOutcome storeIn(Connection c, NormalizedArticle a, String rawInput, Instant receivedAt)
            throws SQLException {
        if (a.canonicalUrl() != null) {
            Optional<StoredVersion> sameUrl = querySingle(c, "SELECT " + COLUMNS + " FROM ingest.article_versions"
                    + " WHERE canonical_url = ? AND content_hash = ? AND article_id <> ?"
                    + " ORDER BY received_at LIMIT 1", a.canonicalUrl(), a.contentHash(), a.id());
            if (sameUrl.isPresent()) {
                return new StoreOutcome(sameUrl.get(), true);
            }
        }
        Optional<StoredVersion> latest = querySingle(c, "SELECT " + COLUMNS + " FROM ingest.article_versions"
                + " WHERE article_id = ? ORDER BY version DESC LIMIT 1", a.id());
        if (latest.isPresent() && latest.get().contentHash().equals(a.contentHash())) {
            return new StoreOutcome(latest.get(), true);
        }
        int version = latest.map(v -> v.version() + 1).orElse(1);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ingest.article_versions (article_id, version,"
                + " source, url, canonical_url, title, text, raw_input, published_at, received_at, content_hash,"
                + " wire_credits, byline, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?)")) {
            insert.setString(1, a.id());
            insert.setInt(2, version);
            insert.setString(3, a.source());
            insert.setString(4, a.url());
            insert.setString(5, a.canonicalUrl());
            insert.setString(6, a.title());
            insert.setString(7, a.text());
            insert.setString(8, rawInput);
            insert.setTimestamp(9, a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()));
            insert.setTimestamp(10, Timestamp.from(receivedAt));
            insert.setString(11, a.contentHash());
            insert.setString(12, EventJson.write(a.wireCredits()));
            insert.setString(13, a.byline());
            insert.setString(14, a.language());
            insert.executeUpdate();
        }
        return new StoreOutcome(new StoredVersion(a.id(), version, a.source(), a.url(), a.title(), a.text(),
                a.publishedAt(), receivedAt, a.contentHash(), a.wireCredits(), a.byline(), a.language(), false),
                false);
    }

    /** Versions stored before {@code cutoff} and not yet published, oldest first. */
    public List<StoredVersion> unpublishedBefore(Instant cutoff, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM ingest.article_versions"
                     + " WHERE NOT published AND received_at < ? ORDER BY received_at LIMIT ?")) {
            s.setTimestamp(1, Timestamp.from(cutoff));
            s.setInt(2, limit);
            List<StoredVersion> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list unpublished versions", e);
        }
    }

    /**
     * Records that Kafka has these versions, in one statement. This commit does not wait for the disk: if a crash
     * loses it, the relay publishes the versions once more, which every consumer applies once, so the flush it would
     * cost buys nothing.
     */
    public void markPublished(List<StoredVersion> versions) {
        if (versions.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement relaxed = c.createStatement();
                 PreparedStatement s = c.prepareStatement("UPDATE ingest.article_versions v SET published = true"
                         + " FROM unnest(?::text[], ?::int[]) AS done(article_id, version)"
                         + " WHERE v.article_id = done.article_id AND v.version = done.version")) {
                relaxed.execute("SET LOCAL synchronous_commit TO OFF");
                s.setArray(1, c.createArrayOf("text", versions.stream().map(StoredVersion::articleId).toArray()));
                s.setArray(2, c.createArrayOf("integer", versions.stream().map(StoredVersion::version).toArray()));
                s.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark " + named(versions.get(0).articleId() + " v"
                    + versions.get(0).version(), versions.size()) + " published", e);
        }
    }

    /** "article a-1", or "article a-1 and 49 more" for a batch: which articles an error is about. */
    private static String named(String first, int count) {
        return "article " + first + (count > 1 ? " and " + (count - 1) + " more" : "");
    }

    /**
     * The article ids and canonical URLs of the submissions, locked in the order of their lock numbers: the order
     * is what keeps concurrent batches from deadlocking.
     */
    private static void lockAll(Connection c, List<Submission> submissions) throws SQLException {
        List<String> keys = new ArrayList<>();
        for (Submission s : submissions) {
            keys.add("id:" + s.article().id());
            if (s.article().canonicalUrl() != null) {
                keys.add("url:" + s.article().canonicalUrl());
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT"
                + " hashtextextended(k, 0) AS h FROM unnest(?::text[]) AS k ORDER BY h) AS ordered")) {
            s.setArray(1, c.createArrayOf("text", keys.toArray()));
            s.executeQuery().close();
        }
    }

    private static Optional<StoredVersion> querySingle(Connection c, String sql, String... parameters)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static StoredVersion read(ResultSet rs) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new StoredVersion(rs.getString("article_id"), rs.getInt("version"), rs.getString("source"),
                rs.getString("url"), rs.getString("title"), rs.getString("text"),
                publishedAt == null ? null : publishedAt.toInstant(), rs.getTimestamp("received_at").toInstant(),
                rs.getString("content_hash"), credits(rs.getString("wire_credits")), rs.getString("byline"),
                rs.getString("language"), rs.getBoolean("published"));
    }

    private static List<String> credits(String json) {
        try {
            return json == null ? List.of() : List.of(EventJson.mapper().readValue(json, String[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored wire credits are not JSON", e);
        }
    }
}
