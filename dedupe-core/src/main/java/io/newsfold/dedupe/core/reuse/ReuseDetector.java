package io.newsfold.dedupe.core.reuse;

import io.newsfold.dedupe.core.text.TokenizedText;
import io.newsfold.dedupe.core.text.Tokenizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Level 2, online: for an arriving article, finds indexed articles it shares passages with, aligns them, classifies
 * the relation, then indexes the article. Only candidates reached through shared fingerprints are aligned, which is
 * what makes this far cheaper than comparing all pairs.
 */
public final class ReuseDetector {
    /**
     * Tokens of recently aligned or indexed articles. A wire story is aligned with each of its reprints as they
     * arrive, and tokenising it again for each was a third of dedupe's time; a recent article costs about
     * twenty-four bytes a token here, beside its text.
     */
    private static final int TOKEN_CACHE_ARTICLES = 1024;

    private final FingerprintIndex index;
    private final ArticleTextStore texts;
    private final ReuseSettings settings;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Winnower winnower;
    private final PassageAligner aligner;
    private Instant clock = Instant.EPOCH;
    private long candidatesAligned;
    private final Map<String, TokenizedText> recentTokens = new LinkedHashMap<>(TOKEN_CACHE_ARTICLES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TokenizedText> eldest) {
            return size() > TOKEN_CACHE_ARTICLES;
        }
    };

    public ReuseDetector(FingerprintIndex index, ArticleTextStore texts, ReuseSettings settings) {
        this.index = index;
        this.texts = texts;
        this.settings = settings;
        this.winnower = new Winnower(settings.k(), settings.window());
        this.aligner = new PassageAligner(settings.k(), 8, 10);
    }

    /**
     * Finds reuse between the article and the indexed ones, then indexes it. {@code seenAt} is the event time the
     * window is measured on; the index clock never runs backwards, so a late article is kept a full window.
     * Links are ordered by matched tokens, largest first, then by id.
     */
    public List<ReuseLink> process(String articleId, String text, Instant seenAt) {
        return process(articleId, tokenizer.tokenize(text), seenAt);
    }

    /** As {@link #process(String, String, Instant)}, for a caller that tokenised the text already. */
    public List<ReuseLink> process(String articleId, TokenizedText tokens, Instant seenAt) {
        return process(articleId, tokens, fingerprints(tokens), seenAt);
    }

    /** The article's winnowed fingerprints: a function of its text alone, so any thread may compute them ahead. */
    public List<Fingerprint> fingerprints(TokenizedText tokens) {
        return winnower.fingerprints(tokens);
    }

    /** As {@link #process(String, TokenizedText, Instant)}, with the fingerprints computed ahead. */
    public List<ReuseLink> process(String articleId, TokenizedText tokens, List<Fingerprint> fingerprints,
                                   Instant seenAt) {
        List<ReuseLink> links = findReuse(articleId, tokens, fingerprints);
        if (seenAt != null && seenAt.isAfter(clock)) {
            clock = seenAt;
        }
        index.pruneBefore(clock.minus(settings.indexWindow()));
        index.add(articleId, clock, fingerprints);
        recentTokens.put(articleId, tokens);
        return links;
    }

    /** The article left the window: nothing can be aligned with it any more. */
    public void forget(String articleId) {
        recentTokens.remove(articleId);
        texts.forget(articleId);
    }

    public long candidatesAligned() {
        return candidatesAligned;
    }

    private List<ReuseLink> findReuse(String articleId, TokenizedText tokens, List<Fingerprint> fingerprints) {
        long[] hashes = fingerprints.stream().mapToLong(Fingerprint::hash).distinct().toArray();
        List<Posting> postings = index.lookup(hashes, settings.maxPostingsPerFingerprint(),
                settings.commonSample());
        // Per article: distinct fingerprints shared, and how many of them are uncommon. An article's postings of
        // one fingerprint come together (the index lists them fingerprint by fingerprint, an article's in a row),
        // so a repeat of the previous posting is the only duplicate to skip.
        Map<String, int[]> shared = new HashMap<>();
        Posting previous = null;
        for (Posting p : postings) {
            if (previous != null && previous.fingerprint() == p.fingerprint()
                    && previous.articleId().equals(p.articleId())) {
                continue;
            }
            previous = p;
            int[] counts = shared.computeIfAbsent(p.articleId(), id -> new int[2]);
            counts[0]++;
            if (!p.common()) {
                counts[1]++;
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>();
        shared.forEach((id, counts) -> {
            if (!id.equals(articleId)
                    && (counts[1] >= settings.minSharedFingerprints() || counts[0] >= settings.minSharedCommon())) {
                ranked.add(Map.entry(id, counts[0]));
            }
        });
        // Most shared first, then id: the cut at maxCandidates never depends on hash iteration order.
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> candidates = ranked.stream().limit(settings.maxCandidates()).map(Map.Entry::getKey).sorted()
                .toList();
        List<ReuseLink> links = new ArrayList<>();
        for (String candidate : candidates) {
            TokenizedText other = recentTokens.get(candidate);
            if (other == null) {
                Optional<String> text = texts.text(candidate);
                if (text.isEmpty()) {
                    continue;
                }
                other = tokenizer.tokenize(text.get());
                recentTokens.put(candidate, other);
            }
            candidatesAligned++;
            Alignment alignment = aligner.align(tokens, other);
            ReuseRelation relation = settings.thresholds().classify(alignment);
            if (relation != ReuseRelation.NONE) {
                links.add(new ReuseLink(articleId, candidate, relation, alignment));
            }
        }
        links.sort(Comparator.comparingInt((ReuseLink l) -> l.alignment().alignedTokens()).reversed()
                .thenComparing(ReuseLink::otherArticleId));
        return links;
    }
}
