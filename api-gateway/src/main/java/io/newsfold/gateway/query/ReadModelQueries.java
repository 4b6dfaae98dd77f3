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
                                    rs.getInt("speaker_start"), rs.getInt("speaker_end"));
                    java.sql.Date date = rs.getDate("date");
                    return new ClaimRowWithArticle(rs.getString("article_id"), new Claim(rs.getString("kind"),
                            rs.getString("text"), rs.getInt("start_at"), rs.getInt("end_at"), speaker,
                            (Double) rs.getObject("value"), rs.getString("unit"), rs.getString("hedge"),
                            rs.getString("subject"), rs.getString("place"), date == null ? null : date.toLocalDate(),
                            rs.getString("expression")));
                });
    }

    /** Stories that have at least one article passing the filter, by recency ("recent") or size ("size"). */
    public Page<StorySummary> stories(SearchFilter filter, String sort, int limit, String cursorToken) {
        SqlWhere inner = new SqlWhere().and("a.story_id = s.story_id");
        filter.fullArticleConditions(inner);
        SqlWhere where = new SqlWhere().and("s.merged_into IS NULL")
                .andExists("SELECT 1 FROM gateway.articles a", inner);
        if (filter.storyId() != null) {
            where.and("s.story_id = ?", filter.storyId());
        }
        boolean bySize = sort.equals("size");
        Cursor cursor = cursorToken == null ? null : Cursor.decode(cursorToken, sort);
        String page = "";
        Object[] pageParameters = {};
        if (cursor != null) {
            page = bySize ? " WHERE (t.article_count, t.story_id) < (?, ?)" : " WHERE (t.created_at, t.story_id) < (?, ?)";
            pageParameters = new Object[] {bySize ? (Object) cursor.longKey() : (Object) cursor.instantKey(),
                    cursor.id()};
        }
        String sql = "SELECT * FROM (SELECT s.story_id, s.created_at, s.updated_at, " + HEADLINE + " AS headline, "
                + ARTICLE_COUNT + " AS article_count FROM gateway.stories s" + where.sql() + ") t" + page
                + (bySize ? " ORDER BY t.article_count DESC, t.story_id DESC" : " ORDER BY t.created_at DESC,"
                        + " t.story_id DESC") + " LIMIT ?";
        Object[] trailing = append(pageParameters, limit + 1);
        List<StorySummary> rows = query(sql, s -> where.bind(s, trailing), ReadModelQueries::storySummary);
        return page(rows, limit, last -> new Cursor(sort,
                bySize ? String.valueOf(last.articleCount()) : last.createdAt().toString(), last.id()));
    }

    /** Articles passing the filter, newest first. */
    public Page<ArticleSummary> articles(SearchFilter filter, int limit, String cursorToken) {
        SqlWhere where = new SqlWhere().and("a.version IS NOT NULL");
        filter.fullArticleConditions(where);
        if (filter.storyId() != null) {
            where.and("a.story_id = ?", filter.storyId());
        }
        if (cursorToken != null) {
            Cursor cursor = Cursor.decode(cursorToken, "recent");
            where.and("(coalesce(a.published_at, a.received_at), a.article_id) < (?, ?)",
                    cursor.instantKey(), cursor.id());
        }
        String sql = "SELECT a.article_id, a.title, a.source, a.url, a.language, a.published_at, a.received_at,"
                + " a.story_id, a.family_id, a.relation, coalesce(a.published_at, a.received_at) AS seen_at"
                + " FROM gateway.articles a" + where.sql()
                + " ORDER BY coalesce(a.published_at, a.received_at) DESC, a.article_id DESC LIMIT ?";
        List<ArticleSummary> rows = new ArrayList<>();
        List<java.time.Instant> seen = new ArrayList<>();
        query(sql, s -> where.bind(s, limit + 1), rs -> {
            rows.add(new ArticleSummary(rs.getString("article_id"), rs.getString("title"), rs.getString("source"),
                    rs.getString("url"), rs.getString("language"), instant(rs, "published_at"),
                    rs.getString("story_id"), rs.getString("family_id"), rs.getString("relation")));
            seen.add(instant(rs, "seen_at"));
            return 1;
        });
        return page(rows, limit, last -> new Cursor("recent", seen.get(rows.indexOf(last)).toString(), last.id()));
    }

    /** Canonical entities whose name or key starts with {@code prefix}, most mentioned first. */
    public List<EntitySuggestion> entities(String prefix, int limit) {
        String like = prefix.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return query("SELECT canonical, min(type) AS type, (array_agg(text ORDER BY length(text) DESC))[1] AS name,"
                + " count(*) AS mentions FROM gateway.article_entities"
                + " WHERE lower(text) LIKE ? OR split_part(canonical, ':', 2) LIKE ?"
                + " GROUP BY canonical ORDER BY mentions DESC, canonical LIMIT ?", s -> {
                    s.setString(1, like);
                    s.setString(2, like);
                    s.setInt(3, limit);
                }, rs -> new EntitySuggestion(rs.getString("canonical"), rs.getString("name"), rs.getString("type"),
                        rs.getLong("mentions")));
    }

    private static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> page = List.copyOf(rows.subList(0, limit));
        return new Page<>(page, cursorOf.apply(page.get(limit - 1)).encode());
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    /** The newest feed entry's number: where a new live client starts. */
    public long latestFeedId() {
        return query("SELECT coalesce(max(id), 0) FROM gateway.feed", s -> { }, rs -> rs.getLong(1)).get(0);
    }

    /** Feed entries after {@code afterId} that pass {@code filter}, oldest first. */
    public List<FeedEntry> feedSince(long afterId, SearchFilter filter, int limit) {
        SqlWhere where = new SqlWhere().and("f.id > ?", afterId);
        if (filter.storyId() != null) {
            where.and("f.story_id = ?", filter.storyId());
        }
        filter.articleConditions(where, "f.source", "f.language", "f.article_id");
        return query("SELECT f.id, f.type, f.payload::text AS payload, f.created_at FROM gateway.feed f"
                + where.sql() + " ORDER BY f.id LIMIT ?", s -> where.bind(s, limit),
                rs -> new FeedEntry(rs.getLong("id"), rs.getString("type"), rs.getString("payload"),
                        instant(rs, "created_at")));
    }

    /** Where a story went when it was merged into another, if it was. */
    public Optional<String> mergedInto(String storyId) {
        return query("SELECT merged_into FROM gateway.stories WHERE story_id = ? AND merged_into IS NOT NULL",
                s -> s.setString(1, storyId), rs -> rs.getString(1)).stream().findFirst();
    }

    public Optional<MergedStory> story(String id) {
        return material(id, false).map(assembler::assemble);
    }

    /**
     * The story's disagreements, assembled as {@link #story} does but from the least it needs: no article texts, no
     * entities, and only the number and date claims. The live feed asks this after every change to a story.
     */
    public Optional<List<MergedStory.Disagreement>> disagreements(String id) {
        return material(id, true).map(assembler::disagreements);
    }

    private Optional<StoryMaterial> material(String id, boolean disagreementsOnly) {
        boolean known = !query("SELECT 1 FROM gateway.stories WHERE story_id = ?", s -> s.setString(1, id),
                rs -> 1).isEmpty();
        if (!known) {
            return Optional.empty();
        }
        List<StoryMaterial.Article> articles = query("SELECT a.article_id, a.source, a.url, a.title,"
                + (disagreementsOnly ? " NULL AS text," : " a.text,")
                + " a.published_at, a.received_at, a.wire_credits, a.family_id, a.relation,"
                + " (SELECT max(r.share) FROM gateway.article_reuse r WHERE r.article_id = a.article_id) AS share"
                + " FROM gateway.articles a WHERE a.story_id = ?", s -> s.setString(1, id),
                rs -> new StoryMaterial.Article(rs.getString("article_id"), rs.getString("source"),
                        rs.getString("url"), rs.getString("title"), rs.getString("text"),
                        instant(rs, "published_at"), instant(rs, "received_at"),
                        json(rs.getString("wire_credits"), STRINGS), rs.getString("family_id"),
                        rs.getString("relation"), rs.getDouble("share")));
        List<StoryMaterial.EntityMention> entities = disagreementsOnly ? List.of()
                : entities("a.story_id = ?", id).stream()
                        .map(r -> new StoryMaterial.EntityMention(r.articleId(), r.entity().text(),
                                r.entity().type(), r.entity().canonical()))
                        .toList();
        String claimsWhere = disagreementsOnly
                ? "a.story_id = ? AND c.kind IN ('" + Claim.NUMBER + "', '" + Claim.DATE + "')" : "a.story_id = ?";
        List<StoryMaterial.ClaimRow> claims = claims(claimsWhere, id).stream().map(r -> {
            Claim c = r.claim();
            return new StoryMaterial.ClaimRow(r.articleId(), c.kind(), c.text(), c.start(),
                    c.speaker() == null ? null : c.speaker().name(),
                    c.speaker() == null ? null : c.speaker().canonical(), c.value(), c.unit(), c.hedge(),
                    c.subject(), c.place(), c.date(), c.expression());
        }).toList();
        return Optional.of(new StoryMaterial(id, articles, entities, claims));
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
