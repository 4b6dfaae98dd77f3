package io.newsfold.dedupe.core.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleSupplier;

/**
 * Level 3, online: each arriving article joins the most similar live story or starts a new one.
 *
 * <p>Similarity is TF-IDF cosine to the story's centroid, optionally blended with cosine over canonical entity
 * keys; IDF comes from document frequencies updated as articles arrive. Members of a syndication family always
 * share a story, whatever the text says, because a reprint is by definition the same story. An article close to
 * two stories merges them, and the merge is returned so followers of the absorbed story can be redirected.
 *
 * <p>Every choice breaks ties by story number, and stories are kept in creation order, so the outcome is a
 * deterministic function of the input sequence.
 *
 * <p>An article is scored only against candidate stories: those sharing most of its entity keys and
 * {@value #INDEXED_TERMS} heaviest terms, looked up in an inverted index, instead of every live story. A story
 * sharing none of these cannot reach the assignment threshold in practice (its text cosine would have to come from
 * the article's light terms alone), and the cost of assignment then depends on how many stories share an
 * article's names, not on how many stories exist. Stories older than two time windows leave the index and drop
 * their vectors, so memory stays flat as the corpus grows; they stay reachable through syndication families.
 */
public final class StoryClusterer {
    private final StoryClusteringParams params;
    private final DocumentFrequencies textFrequencies = new DocumentFrequencies();
    private final DocumentFrequencies entityFrequencies = new DocumentFrequencies();
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, Story> storyOfArticle = new HashMap<>();
    private final Map<String, String> absorbedInto = new HashMap<>();
    /** Stories by entity key ("k:...") and heavy term ("t:..."). */
    private final CandidateIndex index = new CandidateIndex();
    private final ScatteredDoc scatteredTerms = new ScatteredDoc();
    private final ScatteredDoc scatteredKeys = new ScatteredDoc();
    private int storiesCreated;
    /** Every story created, by number - 1 (null once absorbed; retired ones stay): candidates are found by number. */
    private final List<Story> byNumber = new ArrayList<>();
    private Instant clock;
    private int addedSincePrune;
    /**
     * A story's latest arrival each time an article joins it, earliest first, so a prune reads only the stories that
     * may have fallen out of the window, not every story held (walking half a million stories every thousand
     * articles was a twentieth of the pipeline's time at 1M indexed). Entries a later arrival overtook are skipped.
     */
    private final PriorityQueue<Arrival> arrivals = new PriorityQueue<>();

    private record Arrival(Instant at, int number) implements Comparable<Arrival> {
        @Override
        public int compareTo(Arrival o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Integer.compare(number, o.number);
        }
    }

    /** How many of an article's terms, heaviest by TF-IDF, index its story and find its candidates. */
    static final int INDEXED_TERMS = 20;
    private static final int PRUNE_EVERY = 1000;
    static final int MAX_CANDIDATES = 32;
    static final int POSTINGS_WALKED = 8000;

    public StoryClusterer(StoryClusteringParams params) {
        this.params = params;
    }

    public StoryAssignment add(StoryDoc doc) {
        return add(doc, List.of());
    }

    /**
     * Assigns an article. {@code familyMemberIds} are the articles it shares a syndication family with (from the
     * reuse level); those already assigned pull it, and each other, into one story.
     */
    public StoryAssignment add(StoryDoc doc, Collection<String> familyMemberIds) {
        return add(StoryFeatures.of(doc), familyMemberIds);
    }

    /** As {@link #add(StoryDoc, Collection)}, with features computed once by the caller (e.g. for re-runs). */
    public StoryAssignment add(StoryFeatures features, Collection<String> familyMemberIds) {
        return add(features, familyMemberIds, null);
    }

    /**
     * As {@link #add(StoryFeatures, Collection)}, with the time the article arrived, by which stories retire
     * (retiring bounds memory, which fills by arrival); without it, by the story time of the doc.
     */
    public StoryAssignment add(StoryFeatures features, Collection<String> familyMemberIds, Instant arrivedAt) {
        return add(features, null, familyMemberIds, arrivedAt);
    }

    /**
     * The numbers the frequencies already gave an article's terms and keys. Safe on any thread while another adds
     * articles: a caller that looks them up ahead, off the deciding thread, spares it most of the hashing of
     * strings; the article is decided exactly as without them.
     */
    public KnownNumbers knownNumbers(StoryFeatures features) {
        return new KnownNumbers(this, features, textFrequencies.known(features.terms().keySet()),
                entityFrequencies.known(features.entityKeys().keySet()));
    }

    /**
     * What {@link #knownNumbers} found, term by term in the features' order; -1 for a term not numbered then. Good
     * only for the clusterer and the features it was looked up for: numbers of another clusterer would count the
     * wrong terms.
     */
    public static final class KnownNumbers {
        private final StoryClusterer owner;
        private final StoryFeatures features;
        private final int[] terms;
        private final int[] keys;

        private KnownNumbers(StoryClusterer owner, StoryFeatures features, int[] terms, int[] keys) {
            this.owner = owner;
            this.features = features;
            this.terms = terms;
            this.keys = keys;
        }
    }

    /** As {@link #add(StoryFeatures, Collection, Instant)}, with numbers looked up ahead (null: none). */
    public StoryAssignment add(StoryFeatures features, KnownNumbers known, Collection<String> familyMemberIds,
                               Instant arrivedAt) {
        StoryDoc doc = features.doc();
        if (storyOfArticle.containsKey(doc.id())) {
            throw new IllegalArgumentException("already assigned: " + doc.id());
        }
        if (known != null && (known.owner != this || known.features != features)) {
            throw new IllegalArgumentException("numbers looked up by another clusterer or for other features");
        }
        Map<String, Double> terms = features.terms();
        Map<String, Double> keys = features.entityKeys();
        NumberedTerms numberedTerms = NumberedTerms.of(terms,
                textFrequencies.add(terms.keySet(), known == null ? null : known.terms));
        NumberedTerms numberedKeys = NumberedTerms.of(keys,
                entityFrequencies.add(keys.keySet(), known == null ? null : known.keys));
        // Once, after the frequencies count this article: the same keys find candidates and index the story.
        List<String> indexKeys = postingKeys(numberedTerms, keys.keySet());
        List<StoryMerge> merges = new ArrayList<>();

        Story target = null;
        double score = 0;
        List<Story> familyStories = storiesOf(familyMemberIds);
        if (!familyStories.isEmpty()) {
            target = familyStories.get(0);
            for (Story other : familyStories.subList(1, familyStories.size())) {
                target = merge(target, other, doc.id(), "syndication family", merges);
            }
            score = 1;
        } else {
            List<Scored> scored = score(numberedTerms, numberedKeys, indexKeys, doc.publishedAt());
            if (!scored.isEmpty() && scored.get(0).score >= params.assignThreshold()) {
                target = scored.get(0).story;
                score = scored.get(0).score;
                for (Scored s : scored.subList(1, scored.size())) {
                    if (s.score >= params.mergeThreshold()) {
                        target = merge(target, s.story, doc.id(), "bridging article", merges);
                    }
                }
            }
        }
        boolean created = target == null;
        if (created) {
            int number = ++storiesCreated;
            target = new Story("story-" + number, number);
            byNumber.add(target);
            stories.put(target.id, target);
        }
        target.addMember(doc.id());
        if (params.linkage() == StoryClusteringParams.Linkage.NEAREST_MEMBER) {
            target.addMemberVectors(MemberVector.of(numberedTerms), MemberVector.of(numberedKeys));
        } else {
            target.text.add(terms);
            target.entities.add(keys);
        }
        target.addTime(doc.publishedAt());
        Instant arrival = arrivedAt != null ? arrivedAt : doc.publishedAt();
        target.addArrival(arrival);
        storyOfArticle.put(doc.id(), target);
        index.list(target.number, indexKeys);
        if (target.lastArrival != null) {
            // On every join, not only when the latest arrival moves: a retired story listed again must be seen again.
            arrivals.add(new Arrival(target.lastArrival, target.number));
        }
        advanceClock(arrival);
        return new StoryAssignment(doc.id(), target.id, created, score, List.copyOf(merges));
    }

    /** The current story of an article, following merges. */
    public Optional<String> storyOf(String articleId) {
        Story s = storyOfArticle.get(articleId);
        return s == null ? Optional.empty() : Optional.of(s.id);
    }

    /** Where a story id now lives: itself if live, else the story that (transitively) absorbed it. */
    public String resolve(String storyId) {
        String id = storyId;
        while (absorbedInto.containsKey(id)) {
            id = absorbedInto.get(id);
        }
        return id;
    }

    /** Live stories and their members still held, in the order they joined, stories in creation order. */
    public Map<String, List<String>> stories() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        stories.values().forEach(s -> out.put(s.id, List.copyOf(s.members)));
        return out;
    }

    private record Scored(Story story, double score) {
    }

    /** The index keys of an article: all its entity keys and its heaviest terms under the current IDF. */
    private List<String> postingKeys(NumberedTerms terms, Set<String> keys) {
        List<String> out = new ArrayList<>(keys.size() + INDEXED_TERMS);
        keys.forEach(k -> out.add("k:" + k));
        int n = terms.size();
        double[] order = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = -terms.counts()[i] * textFrequencies.idf(terms.ids()[i]);
        }
        // The heaviest first, ties by term: a selection of the few wanted, not a sort of all the article's terms.
        boolean[] taken = new boolean[n];
        for (int picked = 0; picked < Math.min(INDEXED_TERMS, n); picked++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (taken[i]) {
                    continue;
                }
                int c = best < 0 ? -1 : Double.compare(order[i], order[best]);
                if (c < 0 || (c == 0 && terms.terms()[i].compareTo(terms.terms()[best]) < 0)) {
                    best = i;
                }
            }
            taken[best] = true;
            out.add("t:" + terms.terms()[best]);
        }
        return out;
    }

    /**
     * The stories sharing most of the article's index keys, at most {@value #MAX_CANDIDATES}: in a busy news
     * cycle a common name or word is shared by hundreds of stories, and the story an article belongs to shares many
     * of its keys, not one.
     *
     * <p>Only {@value #POSTINGS_WALKED} listings are walked, rarest keys first; the remaining, more crowded keys
     * only count for the stories already found. With a week of world news live, a weekday or a country's name is
     * listed under tens of thousands of stories; walking those lists was what made assignment slow down as the
     * index grew, and a story that shares only such keys with an article would not be among its best candidates
     * anyway.
     */
    private List<Story> candidates(List<String> indexKeys) {
        int[] numbers = index.candidates(indexKeys, MAX_CANDIDATES, POSTINGS_WALKED);
        List<Story> out = new ArrayList<>(numbers.length);
        for (int number : numbers) {
            out.add(byNumber.get(number - 1));
        }
        return out;
    }

    /**
     * Stories whose latest member arrived more than two windows before the newest arrival leave the index and give
     * up their vectors: in live running nothing new falls in their time window any more, and memory stays flat
     * (syndication families still reach them).
     */
    private void advanceClock(Instant at) {
        if (at != null && (clock == null || at.isAfter(clock))) {
            clock = at;
        }
        if (++addedSincePrune < PRUNE_EVERY || clock == null) {
            return;
        }
        addedSincePrune = 0;
        Instant cutoff = clock.minus(params.timeWindow().multipliedBy(2));
        while (!arrivals.isEmpty() && arrivals.peek().at().isBefore(cutoff)) {
            Arrival a = arrivals.poll();
            Story s = byNumber.get(a.number() - 1);
            if (s == null || !s.lastArrival.equals(a.at())) {
                continue;
            }
            if (index.isListed(s.number)) {
                index.unlist(s.number);
                s.retire();
            }
            if (isSpent(s)) {
                stories.remove(s.id);
                byNumber.set(s.number - 1, null);
            }
        }
    }

    /**
     * Lets go of an article whose syndication family can no longer change: no new article can be linked to it, so
     * nothing will ask for its story again. A retired story goes with its last member; its id stays resolvable.
     */
    public void forget(String articleId) {
        Story s = storyOfArticle.remove(articleId);
        if (s == null) {
            return;
        }
        s.members.remove(articleId);
        if (isSpent(s)) {
            stories.remove(s.id);
            byNumber.set(s.number - 1, null);
        }
    }

    /** Out of the index and with no member anything can still ask about: nothing can reach it again. */
    private boolean isSpent(Story s) {
        return s.members.isEmpty() && !index.isListed(s.number);
    }

    /** Stories held in memory, retired ones with members still held included. */
    public int storiesHeld() {
        return stories.size();
    }

    /** Articles whose story is held. */
    public int articlesHeld() {
        return storyOfArticle.size();
    }

    /** Postings held, for measuring how the index grows. */
    public long indexSize() {
        return index.size();
    }

    private List<Scored> score(NumberedTerms termCounts, NumberedTerms keyCounts, List<String> indexKeys,
                               Instant at) {
        WeightedVector terms = WeightedVector.of(termCounts, textFrequencies);
        WeightedVector keys = WeightedVector.of(keyCounts, entityFrequencies);
        ScatteredDoc termsByNumber = params.linkage() == StoryClusteringParams.Linkage.NEAREST_MEMBER
                ? scatteredTerms.of(terms, textFrequencies) : null;
        ScatteredDoc keysByNumber = params.linkage() == StoryClusteringParams.Linkage.NEAREST_MEMBER
                ? scatteredKeys.of(keys, entityFrequencies) : null;
        List<Scored> out = new ArrayList<>();
        for (Story s : candidates(indexKeys)) {
            if (!withinWindow(s, at)) {
                continue;
            }
            double combined = 0;
            if (params.linkage() == StoryClusteringParams.Linkage.CENTROID) {
                combined = combine(s.text.cosine(terms, textFrequencies), s.entities.isEmpty(),
                        () -> s.entities.cosine(keys, entityFrequencies), keys);
            } else {
                for (MemberVector[] member : s.memberVectors) {
                    combined = Math.max(combined, combine(member[0].cosine(termsByNumber, textFrequencies),
                            member[1].isEmpty(), () -> member[1].cosine(keysByNumber, entityFrequencies), keys));
                }
            }
            if (combined > 0) {
                out.add(new Scored(s, combined));
            }
        }
        out.sort((x, y) -> x.score != y.score ? Double.compare(y.score, x.score)
                : Integer.compare(x.story.number, y.story.number));
        return out;
    }

    /** The text cosine blended with the entity cosine, which is computed only when it can count. */
    private double combine(double t, boolean noEntities, DoubleSupplier entityCosine,
                           WeightedVector keys) {
        if (keys.norm() == 0 || noEntities || params.entityWeight() == 0) {
            return t;
        }
        double e = entityCosine.getAsDouble();
        double w = params.entityWeight();
        return params.blend() == StoryClusteringParams.Blend.LINEAR ? (1 - w) * t + w * e
                : Math.pow(t, 1 - w) * Math.pow(e, w);
    }

    private boolean withinWindow(Story s, Instant at) {
        if (at == null || s.earliest == null) {
            return true;
        }
        return !at.isBefore(s.earliest.minus(params.timeWindow())) && !at.isAfter(s.latest.plus(params.timeWindow()));
    }

    private List<Story> storiesOf(Collection<String> articleIds) {
        Map<Integer, Story> byNumber = new TreeMap<>();
        for (String id : new TreeSet<>(articleIds)) {
            Story s = storyOfArticle.get(id);
            if (s != null) {
                byNumber.put(s.number, s);
            }
        }
        List<Story> out = new ArrayList<>(byNumber.values());
        // The largest story absorbs the others; among equals the oldest, so readers of big stories stay put.
        out.sort((x, y) -> x.memberCount != y.memberCount ? Integer.compare(y.memberCount, x.memberCount)
                : Integer.compare(x.number, y.number));
        return out;
    }

    private Story merge(Story a, Story b, String trigger, String reason, List<StoryMerge> merges) {
        boolean aAbsorbs = a.memberCount != b.memberCount ? a.memberCount > b.memberCount
                : a.number < b.number;
        Story absorbing = aAbsorbs ? a : b;
        Story absorbed = aAbsorbs ? b : a;
        absorbing.absorb(absorbed);
        index.move(absorbed.number, absorbing.number);
        for (String member : absorbed.members) {
            storyOfArticle.put(member, absorbing);
        }
        stories.remove(absorbed.id);
        byNumber.set(absorbed.number - 1, null);
        absorbedInto.put(absorbed.id, absorbing.id);
        merges.add(new StoryMerge(absorbing.id, absorbed.id, trigger, reason));
        return absorbing;
    }
}
