package io.newsfold.dedupe.service;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.StoryMerged;
import io.newsfold.contracts.Topics;
import io.newsfold.contracts.Topics.Channels;
import io.newsfold.dedupe.core.DedupeOutcome;
import io.newsfold.dedupe.core.DedupePipeline;
import io.newsfold.dedupe.core.IncomingArticle;
import io.newsfold.dedupe.core.Lookahead;
import io.newsfold.dedupe.core.PreparedArticle;
import io.newsfold.dedupe.core.duplicate.InMemoryNearDuplicateIndex;
import io.newsfold.dedupe.core.family.FamilyMember;
import io.newsfold.dedupe.core.family.Provenance;
import io.newsfold.dedupe.core.family.SyndicationFamily;
import io.newsfold.dedupe.core.reuse.AlignedPassage;
import io.newsfold.dedupe.core.reuse.InMemoryFingerprintIndex;
import io.newsfold.dedupe.core.reuse.ReuseLink;
import io.newsfold.dedupe.core.reuse.ReuseRelation;
import io.newsfold.dedupe.core.reuse.ReuseSettings;
import io.newsfold.dedupe.core.story.CapitalisedWordKeys;
import io.newsfold.dedupe.core.story.StoryClusteringParams;
import io.newsfold.dedupe.core.story.StoryMerge;
import io.newsfold.dedupe.persistence.DedupeStore;
import io.newsfold.dedupe.persistence.OutboxRecord;
import io.newsfold.dedupe.persistence.ReuseRow;
import io.newsfold.dedupe.persistence.StoredArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Assigns articles with dedupe-core's pipeline and keeps every decision in PostgreSQL.
 *
 * <p>How several instances stay correct: assignment holds a transaction-scoped advisory lock, so one article is
 * assigned at a time across all instances. Before assigning, an instance replays, in order, every article other
 * instances stored since it last looked; the pipeline is deterministic, so its in-memory indexes then equal theirs.
 * A restart replays everything and loses nothing. A failed transaction drops the in-memory state, which is rebuilt
 * from the database on the next article. The decision's events are queued in the outbox in the same transaction,
 * so a crash after the commit loses none of them (see {@code DecisionOutbox}).
 */
@ApplicationScoped
public class DedupeEngine {
    private static final Logger LOG = Logger.getLogger(DedupeEngine.class);

    /** Identical or near-identical texts (after cleaning) by MinHash Jaccard. */
    static final double NEAR_DUPLICATE_JACCARD = 0.8;

    @Inject
    DataSource dataSource;

    /**
     * How long an article stays findable for near-duplicates and passage reuse (syndicated copies appear within
     * hours or days); older ones leave the in-memory indexes, so memory and look-ups stay flat.
     */
    @ConfigProperty(name = "newsfold.dedupe.window", defaultValue = "P7D")
    Duration window = ReuseSettings.standard().indexWindow();

    /** A replay at least this long prepares texts on the spare cores. */
    private static final int REPLAY_AHEAD_FROM = 64;
    /** How many articles a replay prepares ahead of the one it decides. */
    private static final int REPLAY_AHEAD = 256;

    private DedupePipeline pipeline;
    private WindowTexts texts;
    private long lastSeq;

    public synchronized Decision assign(ArticleEnriched article) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                DedupeStore store = new DedupeStore(c);
                store.lockAssignment();
                catchUp(store);
                Decision decision = store.assignment(article.articleId()).isPresent()
                        ? new Decision(List.of(), List.of(assignment(store, article.articleId(), false,
                                "redelivered: already assigned",
                                pipeline.families().familyOf(article.articleId()))))
                        : assignNew(store, article);
                enqueue(store, decision);
                c.commit();
                return decision;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                pipeline = null;
                throw e;
            }
        } catch (SQLException e) {
            pipeline = null;
            throw new IllegalStateException("cannot assign article " + article.articleId(), e);
        }
    }

    private Decision assignNew(DedupeStore store, ArticleEnriched a) throws SQLException {
        ArticleText text = ArticleText.of(a.title(), a.text());
        // The story clusterer's parameters were chosen with these keys (see EcbPlusEval); NLP's canonical keys are
        // a different distribution and would need their own tuning.
        List<String> entityKeys = CapitalisedWordKeys.of(text.full());
        Instant publishedAt = stored(a.publishedAt());
        Instant receivedAt = stored(a.receivedAt());
        DedupeOutcome outcome = decide(pipeline.prepare(incoming(a.articleId(), text,
                new Provenance(a.wireCredits(), a.source(), publishedAt), entityKeys, receivedAt)), text);

        List<StoryMerged> merges = new ArrayList<>();
        Set<String> moved = new LinkedHashSet<>();
        for (StoryMerge m : outcome.story().merges()) {
            String survivor = pipeline.stories().resolve(m.absorbingStoryId());
            List<String> movedHere = store.moveStory(m.absorbedStoryId(), survivor);
            moved.addAll(movedHere);
            merges.add(new StoryMerged(StoryMerged.SCHEMA_VERSION, "merge:" + m.absorbedStoryId() + ":" + survivor,
                    survivor, m.absorbedStoryId(), movedHere, a.articleId(), Instant.now()));
        }
        String storyId = pipeline.stories().resolve(outcome.story().storyId());
        String duplicateOf = outcome.nearDuplicates().isEmpty() ? null
                : outcome.nearDuplicates().get(0).articleId();
        lastSeq = store.insert(new StoredArticle(0, a.articleId(), a.version(), a.source(), a.title(), a.text(),
                publishedAt, receivedAt, a.wireCredits(), entityKeys, storyId, duplicateOf));

        List<ReuseRow> reuse = new ArrayList<>();
        for (ReuseLink link : outcome.reuse()) {
            if (link.relation() != ReuseRelation.NONE) {
                reuse.addAll(bothSides(link));
            }
        }
        store.putReuse(reuse);

        List<StoryAssigned> assignments = new ArrayList<>();
        String reason = outcome.story().newStory() ? "new story"
                : outcome.family().isPresent() ? "syndication family"
                : String.format(Locale.ROOT, "similar to the story's articles (score %.2f)", outcome.story().score());
        assignments.add(assignment(store, a.articleId(), outcome.story().newStory(), reason, outcome.family()));
        // Only the articles whose own assignment changed: a reprint of a big wire story republishes its links'
        // other ends and, when the family's origin or id moves, the family - not every member every time.
        Map<String, Optional<SyndicationFamily>> changed = new LinkedHashMap<>(outcome.changedOthers());
        for (String id : moved) {
            if (!id.equals(a.articleId()) && !changed.containsKey(id)) {
                changed.put(id, pipeline.families().familyOf(id));
            }
        }
        for (Map.Entry<String, Optional<SyndicationFamily>> other : changed.entrySet()) {
            assignments.add(assignment(store, other.getKey(), false, "updated by " + a.articleId(),
                    other.getValue()));
        }
        return new Decision(merges, assignments);
    }

    /** Queues the decision's events in its own transaction: merges first, keyed like their topics. */
    private static void enqueue(DedupeStore store, Decision decision) throws SQLException {
        List<OutboxRecord> events = new ArrayList<>();
        for (StoryMerged m : decision.merges()) {
            events.add(new OutboxRecord(0, Channels.STORY_MERGES, m.storyId(), EventJson.write(m)));
        }
        for (StoryAssigned a : decision.assignments()) {
            events.add(new OutboxRecord(0, Channels.STORY_ASSIGNMENTS, a.storyId(), EventJson.write(a)));
        }
        store.enqueue(events);
    }

    /** A reuse link from both sides, with passages as ranges of each article's body. */
    private List<ReuseRow> bothSides(ReuseLink link) {
        String a = link.articleId();
        String b = link.otherArticleId();
        int aOffset = texts.bodyOffset(a);
        int bOffset = texts.bodyOffset(b);
        List<StoryAssigned.Passage> forA = new ArrayList<>();
        List<StoryAssigned.Passage> forB = new ArrayList<>();
        for (AlignedPassage p : link.alignment().passages()) {
            int[] inA = ArticleText.bodyRange(aOffset, p.aCharStart(), p.aCharEnd());
            int[] inB = ArticleText.bodyRange(bOffset, p.bCharStart(), p.bCharEnd());
            if (inA != null && inB != null) {
                forA.add(new StoryAssigned.Passage(inA[0], inA[1], inB[0], inB[1]));
                forB.add(new StoryAssigned.Passage(inB[0], inB[1], inA[0], inA[1]));
            }
        }
        double aInB = link.shareOfArticleInOther();
        double bInA = link.shareOfOtherInArticle();
        String aRelation = relation(link.relation(), aInB, bInA);
        String bRelation = relation(link.relation(), bInA, aInB);
        return List.of(new ReuseRow(a, new StoryAssigned.Reuse(b, aRelation, aInB, bInA, forA)),
                new ReuseRow(b, new StoryAssigned.Reuse(a, bRelation, bInA, aInB, forB)));
    }

    /** One side's relation to the other: the contained side of a copy is the copy, the containing one its origin. */
    private static String relation(ReuseRelation relation, double mineInOther, double otherInMine) {
        if (relation == ReuseRelation.COPY) {
            return mineInOther >= otherInMine ? StoryAssigned.COPY : StoryAssigned.ORIGIN;
        }
        return StoryAssigned.PARTIAL;
    }

    /** The article's assignment as it stands, with its family as the pipeline holds it now. */
    private StoryAssigned assignment(DedupeStore store, String articleId, boolean newStory, String reason,
                                     Optional<SyndicationFamily> family) throws SQLException {
        DedupeStore.Assignment stored = store.assignment(articleId).orElseThrow();
        String relation = family.flatMap(f -> f.member(articleId)).map(FamilyMember::role)
                .map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(StoryAssigned.INDEPENDENT);
        long sequence = store.nextSequence();
        return new StoryAssigned(StoryAssigned.SCHEMA_VERSION, articleId + ":" + sequence, stored.storyId(),
                articleId, stored.version(), sequence, newStory, reason, Instant.now(), stored.duplicateOf(),
                family.map(SyndicationFamily::familyId).orElse(null),
                family.map(SyndicationFamily::originArticleId).orElse(null), relation, store.reuseOf(articleId));
    }

    /** Replays, in order, the articles stored since this instance last looked (all of them after a restart). */
    private void catchUp(DedupeStore store) throws SQLException {
        if (pipeline == null) {
            texts = new WindowTexts();
            pipeline = new DedupePipeline(new InMemoryNearDuplicateIndex(), NEAR_DUPLICATE_JACCARD,
                    new InMemoryFingerprintIndex(), texts, ReuseSettings.standard().withIndexWindow(window),
                    StoryClusteringParams.standard());
            lastSeq = 0;
            long otherVersions = store.decidedByOtherPipelines();
            if (otherVersions > 0) {
                LOG.warnf("%d stored articles were assigned by another version of the dedupe pipeline than this one"
                        + " (%d); replaying them builds this version's state, so near its thresholds their stored"
                        + " stories may differ from what it would decide now. To re-decide them all, empty the dedupe"
                        + " schema and replay %s from the start.", otherVersions, DedupePipeline.VERSION,
                        Topics.ARTICLES_ENRICHED.name());
            }
        }
        List<StoredArticle> stored = store.articlesAfter(lastSeq);
        // A restart replays every stored article: their text-only preparation runs on the other cores meanwhile.
        int threads = stored.size() >= REPLAY_AHEAD_FROM ? Lookahead.spareCores() : 0;
        record Replayed(StoredArticle stored, ArticleText text, PreparedArticle prepared) {
        }
        if (threads > 0) {
            LOG.infof("replaying %d stored articles, preparing their texts on %d more threads", stored.size(),
                    threads);
        }
        DedupePipeline replaying = pipeline;
        try (Lookahead<StoredArticle, Replayed> ahead = new Lookahead<>("dedupe-replay", stored.iterator(), s -> {
            ArticleText text = ArticleText.of(s.title(), s.text());
            return new Replayed(s, text, replaying.prepare(incoming(s.articleId(), text,
                    new Provenance(s.wireCredits(), s.source(), s.publishedAt()), s.entityKeys(), s.receivedAt())));
        }, threads, REPLAY_AHEAD)) {
            while (ahead.hasNext()) {
                Replayed r = ahead.next();
                decide(r.prepared(), r.text());
                lastSeq = r.stored().seq();
            }
        }
    }

    /** PostgreSQL keeps microseconds: a time decided on must be the time a replay reads back. */
    private static Instant stored(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    private static IncomingArticle incoming(String id, ArticleText text, Provenance provenance,
                                            List<String> entityKeys, Instant receivedAt) {
        return new IncomingArticle(id, text.full(), provenance, entityKeys, receivedAt);
    }

    private DedupeOutcome decide(PreparedArticle prepared, ArticleText text) {
        DedupeOutcome outcome = pipeline.process(prepared);
        texts.put(prepared.article().id(), text);
        return outcome;
    }
}
