package io.newsfold.dedupe.core;

import io.newsfold.dedupe.core.duplicate.NearDuplicate;
import io.newsfold.dedupe.core.duplicate.NearDuplicateDetector;
import io.newsfold.dedupe.core.duplicate.NearDuplicateIndex;
import io.newsfold.dedupe.core.family.FamilyMember;
import io.newsfold.dedupe.core.family.MemberRole;
import io.newsfold.dedupe.core.family.SyndicationFamilies;
import io.newsfold.dedupe.core.family.SyndicationFamily;
import io.newsfold.dedupe.core.reuse.ArticleTextStore;
import io.newsfold.dedupe.core.reuse.FingerprintIndex;
import io.newsfold.dedupe.core.reuse.ReuseDetector;
import io.newsfold.dedupe.core.reuse.ReuseLink;
import io.newsfold.dedupe.core.reuse.ReuseRelation;
import io.newsfold.dedupe.core.reuse.ReuseSettings;
import io.newsfold.dedupe.core.story.StoryAssignment;
import io.newsfold.dedupe.core.story.StoryClusterer;
import io.newsfold.dedupe.core.story.StoryClusteringParams;
import io.newsfold.dedupe.core.story.StoryDoc;
import io.newsfold.dedupe.core.story.StoryFeatures;
import io.newsfold.dedupe.core.text.TokenizedText;
import io.newsfold.dedupe.core.text.Tokenizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The three levels in the order an arriving article needs them: near-duplicates, then passage reuse and
 * syndication families, then the story, which must honour the family. State lives in the indexes and store passed
 * in; the caller stores the article's text in its {@link ArticleTextStore} after {@link #process} returns, so an
 * article never aligns with itself.
 */
public final class DedupePipeline {
    /**
     * Changes whenever the same article sequence may be decided differently (thresholds, hash functions, sums):
     * a service replaying decisions stored by another version rebuilds this version's state, not theirs.
     */
    public static final int VERSION = 3;

    private final Tokenizer tokenizer = new Tokenizer();
    private final NearDuplicateDetector nearDuplicates;
    private final ReuseDetector reuse;
    private final SyndicationFamilies families = new SyndicationFamilies();
    private final StoryClusterer stories;
    private final NearDuplicateIndex nearDuplicateIndex;
    private final ArticleTextStore texts;
    private final Duration window;
    /** Articles in the near-duplicate index, in arrival order with the clock then. */
    private final Deque<Arrival> findable = new ArrayDeque<>();
    /** Articles whose texts are held, in arrival order with the clock then. */
    private final Deque<Arrival> held = new ArrayDeque<>();
    private Instant clock = Instant.EPOCH;

    private record Arrival(String articleId, Instant at) {
    }

    public DedupePipeline(NearDuplicateIndex nearDuplicateIndex, double nearDuplicateJaccard,
                          FingerprintIndex fingerprintIndex, ArticleTextStore texts, ReuseSettings reuseSettings,
                          StoryClusteringParams storyParams) {
        this.nearDuplicates = new NearDuplicateDetector(nearDuplicateJaccard, nearDuplicateIndex);
        this.reuse = new ReuseDetector(fingerprintIndex, texts, reuseSettings);
        this.stories = new StoryClusterer(storyParams);
        this.nearDuplicateIndex = nearDuplicateIndex;
        this.texts = texts;
        this.window = reuseSettings.indexWindow();
    }

    public DedupeOutcome process(IncomingArticle article) {
        return process(prepare(article));
    }

    /**
     * The part of an article's processing that can be worked out before its turn: what depends on its text alone,
     * and the numbers its terms already have. Safe to call from any thread, for articles in any order, while
     * another thread runs {@link #process(PreparedArticle)}: it reads settings, and term numbers, which never change
     * once given.
     */
    public PreparedArticle prepare(IncomingArticle article) {
        TokenizedText tokens = tokenizer.tokenize(article.text());
        StoryFeatures features = StoryFeatures.of(
                new StoryDoc(article.id(), article.text(), article.entityKeys(), article.storyTime()), tokens);
        return new PreparedArticle(article, tokens, nearDuplicates.signature(tokens), reuse.fingerprints(tokens),
                features, stories.knownNumbers(features));
    }

    /** Decides a prepared article. Articles must come in arrival order, on one thread at a time. */
    public DedupeOutcome process(PreparedArticle prepared) {
        IncomingArticle article = prepared.article();
        Instant arrival = article.arrival();
        Instant before = clock;
        if (arrival != null && arrival.isAfter(clock)) {
            clock = arrival;
        }
        forgetBefore(findable, clock.minus(window), nearDuplicateIndex::remove);
        List<NearDuplicate> near = nearDuplicates.findAndAdd(article.id(), prepared.signature());
        List<ReuseLink> links = reuse.process(article.id(), prepared.tokens(), prepared.fingerprints(), clock);
        families.addArticle(article.id(), article.provenance());
        List<String> linked = links.stream().filter(l -> l.relation() != ReuseRelation.NONE)
                .map(ReuseLink::otherArticleId).distinct().toList();
        Map<String, Standing> standingsBefore = new HashMap<>();
        Map<String, Optional<SyndicationFamily>> familiesBefore = new HashMap<>();
        linked.forEach(id -> standings(id, standingsBefore, familiesBefore));
        links.forEach(families::addLink);
        Optional<SyndicationFamily> family = families.familyOf(article.id());
        Map<String, Optional<SyndicationFamily>> others = changedOthers(article.id(), linked, standingsBefore);
        List<String> relatives = family.map(f -> f.members().stream().map(FamilyMember::articleId)
                .filter(id -> !id.equals(article.id())).toList()).orElse(List.of());
        StoryAssignment story = stories.add(prepared.features(), prepared.knownNumbers(), relatives, clock);
        Arrival entry = new Arrival(article.id(), clock);
        findable.add(entry);
        held.add(entry);
        // The reuse index looked up this article's candidates before pruning on the new clock, so a candidate may
        // be just past the window; its text (and, in the service, its body offset) is kept until the next article.
        forgetBefore(held, before.minus(window), this::forgetHeld);
        return new DedupeOutcome(article.id(), near, links, family, others, story);
    }

    /** What an article's assignment says of its family; a change to any of it is published again. */
    private record Standing(String familyId, String originArticleId, MemberRole role) {
        static final Standing NONE = new Standing(null, null, null);
    }

    /**
     * Records the standing of every member of an article's family (or the article's lack of one), and the family
     * itself, by member; once per family.
     */
    private void standings(String articleId, Map<String, Standing> standings,
                           Map<String, Optional<SyndicationFamily>> familyOf) {
        if (standings.containsKey(articleId)) {
            return;
        }
        Optional<SyndicationFamily> family = families.familyOf(articleId);
        if (family.isEmpty()) {
            standings.put(articleId, Standing.NONE);
            familyOf.put(articleId, family);
            return;
        }
        SyndicationFamily f = family.get();
        for (FamilyMember m : f.members()) {
            standings.put(m.articleId(), new Standing(f.familyId(), f.originArticleId(), m.role()));
            familyOf.put(m.articleId(), family);
        }
    }

    /**
     * The other articles whose assignment an arrival changes, each with its family now: those it is linked to
     * (their reuse grew) and those whose family, origin or role moved. Only these are published again, so a wire
     * story with hundreds of reprints costs each new reprint its own links, not a re-announcement of the whole
     * family. A family can change only around the articles the new links touch, so looking at their families
     * before and after (and at the new article's) finds every such article.
     */
    private Map<String, Optional<SyndicationFamily>> changedOthers(String self, List<String> linked,
                                                                   Map<String, Standing> before) {
        Map<String, Standing> after = new HashMap<>();
        Map<String, Optional<SyndicationFamily>> familyNow = new HashMap<>();
        standings(self, after, familyNow);
        linked.forEach(id -> standings(id, after, familyNow));
        before.keySet().forEach(id -> standings(id, after, familyNow));
        Set<String> candidates = new TreeSet<>(before.keySet());
        candidates.addAll(after.keySet());
        candidates.remove(self);
        Set<String> linkedNow = new HashSet<>(linked);
        Map<String, Optional<SyndicationFamily>> out = new LinkedHashMap<>();
        for (String id : candidates) {
            if (linkedNow.contains(id) || !before.getOrDefault(id, Standing.NONE).equals(after.get(id))) {
                out.put(id, familyNow.get(id));
            }
        }
        return out;
    }

    /**
     * Articles that left the reuse window can no longer be found as a near-duplicate or aligned with: their
     * signatures and texts go, so memory and look-ups stay flat however long the service runs. (The fingerprint
     * index prunes itself on the same window; stories retire on the story window.)
     */
    private static void forgetBefore(Deque<Arrival> arrivals, Instant cutoff, Consumer<String> forget) {
        while (!arrivals.isEmpty() && arrivals.peek().at().isBefore(cutoff)) {
            forget.accept(arrivals.poll().articleId());
        }
    }

    /**
     * An article left the reuse window for good: its text goes, and once its family can no longer change, what the
     * families and stories hold for it.
     */
    private void forgetHeld(String articleId) {
        reuse.forget(articleId);
        for (String dropped : families.forget(articleId)) {
            stories.forget(dropped);
        }
    }

    /** How many articles are still in the reuse window (findable as near-duplicates and for alignment). */
    public int articlesInWindow() {
        return findable.size();
    }

    public SyndicationFamilies families() {
        return families;
    }

    public StoryClusterer stories() {
        return stories;
    }
}
