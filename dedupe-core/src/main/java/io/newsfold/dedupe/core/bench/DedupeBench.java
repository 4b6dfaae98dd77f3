package io.newsfold.dedupe.core.bench;

import io.newsfold.dedupe.core.DedupeOutcome;
import io.newsfold.dedupe.core.DedupePipeline;
import io.newsfold.dedupe.core.IncomingArticle;
import io.newsfold.dedupe.core.Lookahead;
import io.newsfold.dedupe.core.PreparedArticle;
import io.newsfold.dedupe.core.duplicate.InMemoryNearDuplicateIndex;
import io.newsfold.dedupe.core.family.Provenance;
import io.newsfold.dedupe.core.reuse.InMemoryFingerprintIndex;
import io.newsfold.dedupe.core.reuse.ReuseSettings;
import io.newsfold.dedupe.core.story.CapitalisedWordKeys;
import io.newsfold.dedupe.core.story.StoryClusterer;
import io.newsfold.dedupe.core.story.StoryClusteringParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Benchmark of assignment as the service runs it, each article through the whole pipeline (MinHash
 * near-duplicates; tokenise, winnow, look up, align and index for passage reuse; families; story clustering) on a
 * generated syndicated corpus. Decisions run on one thread, in order, as in the service; each article's text-only
 * preparation runs on {@code --prepare-threads} more threads ahead of it (default: all cores but one; 0 prepares on
 * the deciding thread, to compare in the same session).
 *
 * <p>Usage: {@code DedupeBench [--articles N] [--per-day N] [--window-days D] [--sample Q] [--seed S]
 * [--prepare-threads T]}.
 * Defaults (200,000 articles, 50,000 a day, a 1-day window, 200 sampled queries) run in about a minute and show
 * the window at work: the index stops growing at about 50,000 articles while the corpus keeps growing. For a full
 * million in the index: {@code --articles 1000000 --per-day 150000 --window-days 7 --sample 50} with
 * {@code NEWSFOLD_JAVA_OPTS=-Xmx18g} (about 12 GB stay after GC at 1M).
 *
 * <p>Recall: for the last Q articles, every earlier article still in the window is compared with each of them by
 * exact 8-word-shingle containment ({@link ExactReuse}) of their bodies (site chrome left out: two pages sharing a
 * menu are not reuse, and the detector sees the full pages); a pair with containment at least 0.2 must have been
 * reported when the later article arrived. The time of those exact comparisons, per query
 * article, against the pipeline's whole time per article gives the speed-up.
 */
public final class DedupeBench {
    /** How many articles may be prepared ahead of the one being decided. */
    private static final int LOOKAHEAD = 256;

    private record Ready(PreparedArticle prepared, long generationNanos, long prepareNanos) {
    }

    private DedupeBench() {
    }

    public static void main(String[] args) {
        Map<String, String> opts = options(args);
        int articles = Integer.parseInt(opts.getOrDefault("articles", "200000"));
        int perDay = Integer.parseInt(opts.getOrDefault("per-day", "50000"));
        int windowDays = Integer.parseInt(opts.getOrDefault("window-days", "1"));
        int sample = Integer.parseInt(opts.getOrDefault("sample", "200"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        int prepareThreads = Integer.parseInt(opts.getOrDefault("prepare-threads",
                String.valueOf(Lookahead.spareCores())));

        SyndicatedCorpus corpus = new SyndicatedCorpus(seed, 0.35, perDay);
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex();
        RegeneratingTextStore store = new RegeneratingTextStore(corpus, 5000);
        ReuseSettings settings = ReuseSettings.standard().withIndexWindow(Duration.ofDays(windowDays));
        StoryClusteringParams storyParams = StoryClusteringParams.standard();
        InMemoryNearDuplicateIndex nearDuplicates = new InMemoryNearDuplicateIndex();
        // The whole pipeline the service runs per article: near-duplicates, reuse, families, stories.
        DedupePipeline pipeline = new DedupePipeline(nearDuplicates, 0.8, index, store, settings,
                new StoryClusteringParams(storyParams.assignThreshold(), storyParams.mergeThreshold(),
                        storyParams.entityWeight(), Duration.ofDays(windowDays), storyParams.blend(),
                        storyParams.linkage()));
        StoryClusterer stories = pipeline.stories();

        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "DedupeBench: %,d articles, %,d/day, window %d days, seed %d, %d cores,"
                        + " max heap %,d MB, decisions on one thread, preparation on %s%n", articles, perDay,
                windowDays, seed, rt.availableProcessors(), rt.maxMemory() >> 20,
                prepareThreads == 0 ? "the same thread" : prepareThreads + " more, ahead of it");
        System.out.printf(Locale.ROOT, "settings: k=%d, winnowing window=%d (every shared run of %d+ words"
                        + " reaches the index), min shared fingerprints %d, boilerplate cap %d postings%n",
                settings.k(), settings.window(), settings.k() + settings.window() - 1,
                settings.minSharedFingerprints(), settings.maxPostingsPerFingerprint());
        System.out.println("latency is an article's preparation (tokens, MinHash signature, fingerprints, story"
                + " features, its terms' known numbers) plus its decision; art/s is the deciding thread's wall clock"
                + " (checkpoints excluded). Generating the corpus runs with preparation: on the deciding thread its"
                + " time is subtracted; on the preparing threads it counts only if the deciding thread waits for"
                + " them, and how long it waited is printed at the end. Fetching a candidate's text (cache of 5,000"
                + " recent texts, else regenerated) is included, as a database read would be");
        System.out.println("each article through the whole pipeline (near-duplicates, reuse, families, stories):"
                + " art/s, p50, p99; what the indexes hold: fingerprint index (articles, postings, MB), near-duplicate"
                + " signatures, postings of the story candidate index; articles the families and stories still hold,"
                + " stories held; heap used after a full GC at the checkpoint (outside the timing)");
        System.out.printf("%12s %12s %14s %10s %10s %10s %10s %12s %12s %12s %10s %8s%n", "articles", "indexed",
                "postings", "index MB", "art/s", "p50 us", "p99 us", "signatures", "story index", "held", "stories",
                "heap MB");

        long[] latencies = new long[articles];
        Map<Long, Set<String>> sampledLinks = new HashMap<>();
        int firstSampled = articles - sample;
        long totalNanos = 0;
        int checkpoint = Math.max(1, articles / 10);
        DecisionDigest decisions = new DecisionDigest();
        Function<Integer, Ready> prepare = i -> {
            String id = SyndicatedCorpus.id(i);
            long g0 = System.nanoTime();
            String text = corpus.text(i);
            long t0 = System.nanoTime();
            PreparedArticle prepared = pipeline.prepare(new IncomingArticle(id, text,
                    new Provenance(List.of(), null, corpus.publishedAt(i)), CapitalisedWordKeys.of(text)));
            long t1 = System.nanoTime();
            return new Ready(prepared, t0 - g0, t1 - t0);
        };
        long wallNanos = 0;
        long waitNanos = 0;
        try (Lookahead<Integer, Ready> ahead = new Lookahead<>("bench-prepare",
                IntStream.range(0, articles).iterator(), prepare, prepareThreads, LOOKAHEAD)) {
            long intervalStart = System.nanoTime();
            for (int i = 0; i < articles; i++) {
                long w0 = System.nanoTime();
                Ready ready = ahead.next();
                if (prepareThreads == 0) {
                    intervalStart += ready.generationNanos();
                } else {
                    waitNanos += System.nanoTime() - w0;
                }
                long t0 = System.nanoTime();
                DedupeOutcome outcome = pipeline.process(ready.prepared());
                long dt = System.nanoTime() - t0 + ready.prepareNanos();
                decisions.update(outcome);
                store.put(outcome.articleId(), ready.prepared().article().text());
                latencies[i] = dt;
                totalNanos += dt;
                if (i >= firstSampled) {
                    Set<String> found = new HashSet<>();
                    outcome.reuse().forEach(l -> found.add(l.otherArticleId()));
                    sampledLinks.put((long) i, found);
                }
                boolean atCheckpoint = (i + 1) % checkpoint == 0;
                if (atCheckpoint || i == articles - 1) {
                    long intervalWallNanos = System.nanoTime() - intervalStart;
                    wallNanos += intervalWallNanos;
                    if (atCheckpoint) {
                        // Outside the clock. The preparing threads run on meanwhile, at most LOOKAHEAD articles.
                        printCheckpoint(i + 1, checkpoint / (intervalWallNanos / 1e9),
                                Arrays.copyOfRange(latencies, i + 1 - checkpoint, i + 1), index, nearDuplicates,
                                stories);
                    }
                    intervalStart = System.nanoTime();
                }
            }
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.gc();
        long heapUsed = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "overall: %,.0f articles/s, p50 %,.0f us, p99 %,.0f us; %,d store misses;"
                        + " %.3f ms of work an article; waited for preparation %.1f%% of the time%n",
                articles / (wallNanos / 1e9), sorted[articles / 2] / 1e3, sorted[(int) (articles * 0.99)] / 1e3,
                store.misses(), totalNanos / 1e6 / articles, 100.0 * waitNanos / wallNanos);
        System.out.printf(Locale.ROOT, "index at end: %,d articles, %,d postings, %,d distinct fingerprint slots,"
                        + " arrays %,d MB; heap used after GC %,d MB%n", index.articleCount(),
                index.postingCount(), index.distinctFingerprintSlots(), index.arrayBytes() >> 20, heapUsed >> 20);
        System.out.println("decisions digest (equal across runs with the same options means the same near-duplicates,"
                + " reuse links, stories, scores and merges): " + decisions.hex());

        exactComparison(corpus, articles, firstSampled, windowDays, perDay, sampledLinks,
                totalNanos / (double) articles);
    }

    private static void printCheckpoint(int articles, double articlesPerSecond, long[] interval,
                                        InMemoryFingerprintIndex index, InMemoryNearDuplicateIndex nearDuplicates,
                                        StoryClusterer stories) {
        Arrays.sort(interval);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT,
                "%,12d %,12d %,14d %,10d %,10.0f %,10.0f %,10.0f %,12d %,12d %,12d %,10d %,8d%n",
                articles, index.articleCount(), index.postingCount(), index.arrayBytes() >> 20, articlesPerSecond,
                interval[interval.length / 2] / 1e3, interval[(int) (interval.length * 0.99)] / 1e3,
                nearDuplicates.size(), stories.indexSize(), stories.articlesHeld(), stories.storiesHeld(),
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static void exactComparison(SyndicatedCorpus corpus, int articles, int firstSampled, int windowDays,
                                        int perDay, Map<Long, Set<String>> found, double pipelineNanosPerArticle) {
        int queries = articles - firstSampled;
        long[][] queryShingles = new long[queries][];
        for (int q = 0; q < queries; q++) {
            queryShingles[q] = ExactReuse.shingles(corpus.body(firstSampled + q));
        }
        long earliest = Math.max(0, (long) firstSampled - (long) windowDays * perDay);
        long comparisons = 0;
        long compareNanos = 0;
        List<long[]> truePairs = new ArrayList<>();
        for (long j = earliest; j < articles - 1; j++) {
            long[] other = ExactReuse.shingles(corpus.body(j));
            long t0 = System.nanoTime();
            for (int q = 0; q < queries; q++) {
                long i = firstSampled + q;
                if (j >= i) {
                    continue;
                }
                comparisons++;
                if (ExactReuse.containment(queryShingles[q], other) >= 0.2) {
                    truePairs.add(new long[] {i, j});
                }
            }
            compareNanos += System.nanoTime() - t0;
        }
        int hit = 0;
        List<String> missed = new ArrayList<>();
        for (long[] p : truePairs) {
            if (found.get(p[0]).contains(SyndicatedCorpus.id(p[1]))) {
                hit++;
            } else if (missed.size() < 5) {
                double c = ExactReuse.containment(ExactReuse.shingles(corpus.body(p[0])),
                        ExactReuse.shingles(corpus.body(p[1])));
                missed.add(String.format(Locale.ROOT, "%s (%s of %d) ~ %s (%s of %d): containment %.2f",
                        SyndicatedCorpus.id(p[0]), corpus.kind(p[0]), corpus.source(p[0]),
                        SyndicatedCorpus.id(p[1]), corpus.kind(p[1]), corpus.source(p[1]), c));
            }
        }
        int reported = found.values().stream().mapToInt(Set::size).sum();
        double exactPerArticle = compareNanos / (double) queries;
        System.out.printf(Locale.ROOT, "exact all-pairs (8-word shingles of article bodies) on the last %d articles:"
                        + " %,d pair comparisons against"
                        + " every earlier article in the window, %.2f s (shingling excluded), %.1f ms per article%n",
                queries, comparisons, compareNanos / 1e9, exactPerArticle / 1e6);
        System.out.printf(Locale.ROOT, "exact pairs with containment >= 0.2: %d; found by the pipeline: %d;"
                        + " recall %.4f; pipeline reported %d links for these articles%n", truePairs.size(), hit,
                truePairs.isEmpty() ? 1.0 : (double) hit / truePairs.size(), reported);
        missed.forEach(m -> System.out.println("  missed: " + m));
        System.out.printf(Locale.ROOT, "speed-up per article: %.1f ms exact vs %.3f  ms pipeline = %.0fx%n",
                exactPerArticle / 1e6, pipelineNanosPerArticle / 1e6, exactPerArticle / pipelineNanosPerArticle);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
