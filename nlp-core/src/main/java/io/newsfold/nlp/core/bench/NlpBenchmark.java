package io.newsfold.nlp.core.bench;

import io.newsfold.nlp.core.AnnotatedText;
import io.newsfold.nlp.core.ArticleAnalyzer;
import io.newsfold.nlp.core.CoreNlpNerEngine;
import io.newsfold.nlp.core.SharedData;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Throughput of the NLP stage alone (CoreNLP annotation plus the rule layer, no I/O) over the PolNeAR texts and
 * the aleppo samples. Every thread shares one {@link ArticleAnalyzer}, as the service will.
 *
 * <p>Usage: {@code NlpBenchmark [--threads N] [--rounds R] [--texts FILE] [--json FILE]}; defaults 1 thread, 2 rounds
 * after a warm-up on up to 100 texts. {@code --texts} reads the articles from a file instead, separated by the ASCII record
 * separator (U+001E): the end-to-end benchmark hands over the articles it sends through the pipeline that way, so
 * both stages read the same texts. {@code --json} also writes the figures to a file.
 */
public final class NlpBenchmark {

    private NlpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = 1;
        int rounds = 2;
        Path textsFile = null;
        Path json = null;
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--texts" -> textsFile = Path.of(args[i + 1]);
                case "--json" -> json = Path.of(args[i + 1]);
                default -> {
                }
            }
        }
        List<String> texts = textsFile != null ? readRecords(textsFile) : sharedTexts();

        long loadStart = System.nanoTime();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withCoreNlp();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.gc();
        long heapAfterLoad = usedHeap();

        Instant published = Instant.parse("2016-09-15T12:00:00Z");
        // Enough to get the JIT to its steady state; more would only lengthen long --texts runs.
        for (String t : texts.subList(0, Math.min(texts.size(), 100))) {
            analyzer.analyze(t, published);
        }
        resetPeaks();

        AtomicLong tokens = new AtomicLong();
        AtomicLong nerNanos = new AtomicLong();
        AtomicLong ruleNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    AnnotatedText annotated = analyzer.ner().annotate(text);
                    long t1 = System.nanoTime();
                    analyzer.analyze(annotated, published);
                    long t2 = System.nanoTime();
                    tokens.addAndGet(annotated.tokenCount());
                    nerNanos.addAndGet(t1 - t0);
                    ruleNanos.addAndGet(t2 - t1);
                }));
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        int articles = texts.size() * rounds;
        System.out.printf(Locale.ROOT, "cores %d, threads %d, %d articles (%d texts x %d rounds), %d tokens%n",
                Runtime.getRuntime().availableProcessors(), threads, articles, texts.size(), rounds, tokens.get());
        System.out.printf(Locale.ROOT, "model load %.1f s, heap after load %d MB, peak heap while running %d MB%n",
                loadSeconds, heapAfterLoad >> 20, peakHeap() >> 20);
        System.out.printf(Locale.ROOT, "total:      %.2f articles/s, %.0f tokens/s (wall %.1f s)%n",
                articles / wall, tokens.get() / wall, wall);
        System.out.printf(Locale.ROOT, "per thread: %.2f articles/s, %.0f tokens/s%n",
                articles / wall / threads, tokens.get() / wall / threads);
        System.out.printf(Locale.ROOT, "time split: CoreNLP %.1f%%, rules %.1f%% (rules %.2f ms/article)%n",
                100.0 * nerNanos.get() / (nerNanos.get() + ruleNanos.get()),
                100.0 * ruleNanos.get() / (nerNanos.get() + ruleNanos.get()), ruleNanos.get() / 1e6 / articles);
        if (json != null) {
            Files.writeString(json, String.format(Locale.ROOT, "{\"threads\": %d, \"articles\": %d, \"tokens\": %d,"
                    + " \"seconds\": %.3f, \"articlesPerSecond\": %.3f, \"tokensPerSecond\": %.1f,"
                    + " \"coreNlpShare\": %.4f}%n", threads, articles, tokens.get(), wall, articles / wall,
                    tokens.get() / wall, (double) nerNanos.get() / (nerNanos.get() + ruleNanos.get())));
        }
        if (analyzer.ner() instanceof CoreNlpNerEngine coreNlp) {
            System.out.println("CoreNLP by annotator (warm-up included):");
            System.out.println(coreNlp.timingInformation().strip());
        }
    }

    private static List<String> sharedTexts() throws IOException {
        Path shared = SharedData.locate().orElseThrow(() -> new IllegalStateException("no shared data folder"));
        List<String> texts = new ArrayList<>();
        texts.addAll(read(shared.resolve("eval/polnear-dev/text")));
        texts.addAll(read(shared.resolve("samples/aleppo-2016")));
        if (texts.isEmpty()) {
            throw new IllegalStateException("no texts under " + shared);
        }
        return texts;
    }

    private static List<String> readRecords(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String record : Files.readString(file).split("\u001e")) {
            if (!record.isBlank()) {
                texts.add(record);
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no texts in " + file);
        }
        return texts;
    }

    private static List<String> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<String> out = new ArrayList<>();
            for (Path p : files) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    // The sum of per-pool peaks over-states a true simultaneous peak slightly; it is an upper bound.
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
