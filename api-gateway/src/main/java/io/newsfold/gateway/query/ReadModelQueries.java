package io.newsfold.gateway.query;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsfold.contracts.ArticleEnriched.Claim;
import io.newsfold.contracts.ArticleEnriched.Entity;
import io.newsfold.contracts.ArticleEnriched.Span;
import io.newsfold.contracts.ArticleEnriched.Speaker;
import io.newsfold.contracts.StoryAssigned.Passage;
import io.newsfold.gateway.story.MergedStory;
import io.newsfold.gateway.story.StoryAssembler;
import io.newsfold.gateway.story.StoryMaterial;
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
    private static final TypeReference<List<Passage>> PASSAGES = new TypeReference<>() {
    };

    private final StoryAssembler assembler = new StoryAssembler();

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
                (Integer) rs.getObject("token_count"), rs.getString("story_id"), rs.getString("family_id"),
                rs.getString("family_origin"), rs.getString("relation"), rs.getString("duplicate_of"),
                relations(id), entities("a.article_id = ?", id).stream().map(EntityRow::entity).toList(),
                claims("a.article_id = ?", id).stream().map(ClaimRowWithArticle::claim).toList()))
                .stream().findFirst();
    }

    private List<ArticleView.Relation> relations(String articleId) {
        return query("SELECT other_id, relation, share, other_share, passages FROM gateway.article_reuse"
                + " WHERE article_id = ? ORDER BY share DESC, other_id", s -> s.setString(1, articleId),
                rs -> new ArticleView.Relation(rs.getString("other_id"), rs.getString("relation"),
                        rs.getDouble("share"), rs.getDouble("other_share"),
                        json(rs.getString("passages"), PASSAGES)));
    }

    /** An entity row with the article it is in. */
    private record EntityRow(String articleId, Entity entity) {
    }

    /** A claim row with the article it is in. */
    private record ClaimRowWithArticle(String articleId, Claim claim) {
    }

    private List<EntityRow> entities(String where, String parameter) {
        return query("SELECT e.* FROM gateway.article_entities e JOIN gateway.articles a USING (article_id)"
                + " WHERE " + where + " ORDER BY e.article_id, e.position", s -> s.setString(1, parameter),
                rs -> new EntityRow(rs.getString("article_id"), new Entity(rs.getString("text"), rs.getString("type"),
                        rs.getString("canonical"), rs.getInt("start_at"), rs.getInt("end_at"))));
    }

    private List<ClaimRowWithArticle> claims(String where, String parameter) {
        return query("SELECT c.* FROM gateway.article_claims c JOIN gateway.articles a USING (article_id)"
                + " WHERE " + where + " ORDER BY c.article_id, c.position", s -> s.setString(1, parameter), rs -> {
                    Speaker speaker = rs.getString("speaker_name") == null && rs.getString("speaker_canonical") == null
                            ? null : new Speaker(rs.getString("speaker_name"), rs.getString("speaker_canonical"),
                                    (Integer) rs.getObject("speaker_start"), (Integer) rs.getObject("speaker_end"));
                    java.sql.Date date = rs.getDate("date");
                    return new ClaimRowWithArticle(rs.getString("article_id"), new Claim(rs.getString("kind"),
                            rs.getString("text"), rs.getInt("start_at"), rs.getInt("end_at"), speaker,
                            (Double) rs.getObject("value"), rs.getString("unit"), rs.getString("hedge"),
                            rs.getString("subject"), rs.getString("place"), date == null ? null : date.toLocalDate(),
                            rs.getString("expression")));
                });
    }

    public Page<StorySummary> stories(int limit, StoryCursor after) {
        String sql = "SELECT s.story_id, s.created_at, s.updated_at, " + HEADLINE + " AS headline, " + ARTICLE_COUNT
                + " AS article_count FROM gateway.stories s WHERE s.merged_into IS NULL"
                + " AND EXISTS (SELECT 1 FROM gateway.articles a WHERE a.story_id = s.story_id)"
                + (after == null ? "" : " AND (s.created_at, s.story_id) < (?, ?)")
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

    /** Where a story went when it was merged into another, if it was. */
    public Optional<String> mergedInto(String storyId) {
        return query("SELECT merged_into FROM gateway.stories WHERE story_id = ? AND merged_into IS NOT NULL",
                s -> s.setString(1, storyId), rs -> rs.getString(1)).stream().findFirst();
    }

    public Optional<MergedStory> story(String id) {
        boolean known = !query("SELECT 1 FROM gateway.stories WHERE story_id = ?", s -> s.setString(1, id),
                rs -> 1).isEmpty();
        if (!known) {
            return Optional.empty();
        }
        List<StoryMaterial.Article> articles = query("SELECT a.article_id, a.source, a.url, a.title, a.text,"
                + " a.published_at, a.received_at, a.wire_credits, a.family_id, a.relation,"
                + " (SELECT max(r.share) FROM gateway.article_reuse r WHERE r.article_id = a.article_id) AS share"
                + " FROM gateway.articles a WHERE a.story_id = ?", s -> s.setString(1, id),
                rs -> new StoryMaterial.Article(rs.getString("article_id"), rs.getString("source"),
                        rs.getString("url"), rs.getString("title"), rs.getString("text"),
                        instant(rs, "published_at"), instant(rs, "received_at"),
                        json(rs.getString("wire_credits"), STRINGS), rs.getString("family_id"),
                        rs.getString("relation"), rs.getDouble("share")));
        List<StoryMaterial.EntityMention> entities = entities("a.story_id = ?", id).stream()
                .map(r -> new StoryMaterial.EntityMention(r.articleId(), r.entity().text(), r.entity().type(),
                        r.entity().canonical()))
                .toList();
        List<StoryMaterial.ClaimRow> claims = claims("a.story_id = ?", id).stream().map(r -> {
            Claim c = r.claim();
            return new StoryMaterial.ClaimRow(r.articleId(), c.kind(), c.text(), c.start(),
                    c.speaker() == null ? null : c.speaker().name(),
                    c.speaker() == null ? null : c.speaker().canonical(), c.value(), c.unit(), c.hedge(),
                    c.subject(), c.place(), c.date(), c.expression());
        }).toList();
        return Optional.of(assembler.assemble(new StoryMaterial(id, articles, entities, claims)));
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
