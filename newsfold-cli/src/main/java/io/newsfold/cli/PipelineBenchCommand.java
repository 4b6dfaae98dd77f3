package io.newsfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end benchmark: how close the whole pipeline comes to its physical limit, the NLP stage, on the same
 * articles and the same cores, measured in one run on a running local stack.
 *
 * <ol>
 *   <li>NLP alone: the NLP benchmark in its own JVM (same flags as the service) on a sample of the articles.</li>
 *   <li>Throughput: every article sent to ingest at once (NDJSON batches), timed from the first send until the last
 *   article is visible in the gateway with its story.</li>
 *   <li>Latency: articles sent one a request at a fixed offered rate; ingest-to-visible per article.</li>
 * </ol>
 * Memory of every process and consumer lag are sampled each second throughout. Prints a table and writes the same
 * as JSON plus an SVG chart of throughput, latency and lag over time.
 */
final class PipelineBenchCommand {

    private static final int BATCH = 50;
    /** Articles sent first so every JVM has compiled its hot paths; a fresh stack is slower for a minute. */
    private static final int WARMUP = 100;

    private final Options options;
    private final int count;
    private final double rate;
    private final int seconds;
    private final int nlpThreads;
    private final int nlpSample;
    private final String label;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PipelineBenchCommand(Options options) {
        this.options = options;
        this.count = options.count() > 0 ? options.count() : 3000;
        this.rate = Double.parseDouble(options.extra().getOrDefault("rate", "10"));
        this.seconds = Integer.parseInt(options.extra().getOrDefault("seconds", "60"));
        this.nlpThreads = Integer.parseInt(options.extra().getOrDefault("nlp-threads", "2"));
        this.nlpSample = Integer.parseInt(options.extra().getOrDefault("nlp-sample", "400"));
        this.label = options.extra().getOrDefault("label", "");
    }

    int run() throws Exception {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "pipeline benchmark %s: %d articles for throughput, %.0f/s for %d s for "
                + "latency, %d cores%s%n", run, count, rate, seconds, cores, label.isEmpty() ? "" : ", " + label);
        Instant now = Instant.now();
        NewsCorpus corpus = new NewsCorpus(run.hashCode(), now.minus(Duration.ofDays(2)));
        // Every article must be accepted: one dated in the future is refused, and the run would measure fewer
        // articles than it says while ingest's refusals still cost CPU.
        List<NewsCorpus.Article> bulk = NewsCorpus.publishedBy(corpus.generate(run + "-t", count), now);
        List<NewsCorpus.Article> paced = NewsCorpus.publishedBy(
                corpus.generate(run + "-l", (int) Math.round(rate * seconds)), now);
        Path out = outputDir();

        Map<String, Object> nlpAlone = options.extra().containsKey("skip-nlp") ? Map.of()
                : nlpAlone(bulk.subList(0, Math.min(nlpSample, bulk.size())), out.resolve(run + "-nlp.json"));

        long t0 = System.nanoTime();
        Phase throughput;
        Phase latency;
        List<StackSampler.Sample> samples;
        Map<String, Long> peakRss;
        long peakTotalRss;
        try (GatewayVisibility visibility = new GatewayVisibility(options.gatewayUrl());
             StackSampler sampler = new StackSampler(options.kafka(), env("NEWSFOLD_RUN"), env("NEWSFOLD_DATA"),
                     t0)) {
            List<NewsCorpus.Article> warmup = corpus.generate(run + "-w", WARMUP);
            System.out.printf("warm-up: %d articles through the stack first, not counted...%n", warmup.size());
            sendAllAtOnce(warmup, visibility);
            System.out.printf("throughput: sending %d articles...%n", bulk.size());
            throughput = sendAllAtOnce(bulk, visibility);
            System.out.printf(Locale.ROOT, "throughput: %.2f articles/s end to end%n", throughput.rate());
            if (seconds > 0) {
                System.out.printf(Locale.ROOT, "latency: offering %.1f articles/s for %d s...%n", rate, seconds);
                latency = sendAtRate(paced, visibility);
            } else {
                latency = Phase.empty();
            }
            samples = sampler.samples();
            peakRss = sampler.peakRssMib();
            peakTotalRss = sampler.peakTotalRssMib();
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("run", run);
        report.put("label", label);
        report.put("cores", cores);
        report.put("articles", count);
        report.put("nlpAlone", nlpAlone);
        double nlpRate = nlpAlone.isEmpty() ? Double.NaN : ((Number) nlpAlone.get("articlesPerSecond")).doubleValue();
        report.put("pipeline", Map.of("articlesPerSecond", round(throughput.rate()), "seconds",
                round(throughput.seconds()), "visible", throughput.visible(), "sent", throughput.sent()));
        report.put("pipelineToNlpRatio", Double.isNaN(nlpRate) ? null : round(throughput.rate() / nlpRate));
        Map<String, Object> latencyFigures = new LinkedHashMap<>();
        latencyFigures.put("offeredPerSecond", rate);
        latencyFigures.put("seconds", seconds);
        latencyFigures.put("sent", latency.sent());
        latencyFigures.put("visible", latency.visible());
        for (int p : new int[] {50, 95, 99, 100}) {
            latencyFigures.put(p == 100 ? "maxMs" : "p" + p + "Ms", latency.percentileMs(p));
        }
        report.put("latency", latencyFigures);
        Map<String, Double> cpuMsPerArticle = cpuPerArticle(samples, throughput, t0);
        report.put("cpuMsPerArticle", cpuMsPerArticle);
        report.put("peakRssMib", peakRss);
        report.put("peakTotalRssMib", peakTotalRss);
        report.put("timeline", timeline(samples, throughput, latency, t0));

        Path json = out.resolve(run + ".json");
        Path svg = out.resolve(run + ".svg");
        Files.writeString(json, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        Files.writeString(svg, BenchChart.svg(report));
        printTable(report, nlpRate, throughput, latency, peakRss, peakTotalRss);
        printCpu(cpuMsPerArticle, cores);
        System.out.printf("%nwritten: %s%n         %s%n", json, svg);
        return throughput.visible() == throughput.sent() && latency.visible() == latency.sent() ? 0 : 1;
    }

    /** Runs the NLP benchmark in its own JVM: nlp-core is GPL and stays behind a process boundary. */
    private Map<String, Object> nlpAlone(List<NewsCorpus.Article> sample, Path json) throws Exception {
        Path root = Path.of(System.getenv().getOrDefault("NEWSFOLD_ROOT", "."));
        Path texts = Files.createTempFile("newsfold-bench-texts", ".txt");
        try {
            StringBuilder all = new StringBuilder();
            sample.forEach(a -> all.append(a.text()).append('\u001e'));
            Files.writeString(texts, all);
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(Arrays.asList(System.getenv().getOrDefault("NEWSFOLD_NLP_JVM", "-Xmx768m").split(" ")));
            command.addAll(List.of("-cp", root.resolve("nlp-core/target/classes") + ":"
                    + root.resolve("nlp-core/target/lib") + "/*", "io.newsfold.nlp.core.bench.NlpBenchmark",
                    "--texts", texts.toString(), "--threads", String.valueOf(nlpThreads), "--rounds", "1",
                    "--json", json.toString()));
            System.out.printf("NLP alone: %d of the articles, %d threads, in its own JVM...%n", sample.size(),
                    nlpThreads);
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("the NLP benchmark failed (exit " + p.exitValue() + "): is "
                        + root.resolve("nlp-core/target/lib") + " built?");
            }
            JsonNode figures = EventJson.mapper().readTree(Files.readString(json));
            Map<String, Object> out = new LinkedHashMap<>();
            figures.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().numberValue()));
            System.out.printf(Locale.ROOT, "NLP alone: %.2f articles/s%n", figures.get("articlesPerSecond")
                    .asDouble());
            return out;
        } finally {
            Files.deleteIfExists(texts);
        }
    }

    /** What one phase sent, when, and when each article became visible. */
    record Phase(long[] sentAt, long[] visibleAt, int sent, int visible, long first, double seconds) {

        static Phase empty() {
            return new Phase(new long[0], new long[0], 0, 0, 0, 0);
        }

        double rate() {
            return seconds > 0 ? visible / seconds : 0;
        }

        Long percentileMs(double p) {
            long[] ms = new long[visible];
            int n = 0;
            for (int i = 0; i < visibleAt.length; i++) {
                if (visibleAt[i] != 0) {
                    ms[n++] = (visibleAt[i] - sentAt[i]) / 1_000_000;
                }
            }
            if (n == 0) {
                return null;
            }
            Arrays.sort(ms, 0, n);
            int rank = Math.max(0, (int) Math.ceil(p / 100.0 * n) - 1);
            return ms[Math.min(n - 1, rank)];
        }
    }

    private Phase sendAllAtOnce(List<NewsCorpus.Article> articles, GatewayVisibility visibility) throws Exception {
        long[] sentAt = new long[articles.size()];
        List<String> ids = articles.stream().map(NewsCorpus.Article::id).toList();
        boolean[] accepted = new boolean[articles.size()];
        long first = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int from = 0; from < articles.size(); from += BATCH) {
                int lo = from;
                int hi = Math.min(articles.size(), from + BATCH);
                futures.add(pool.submit(() -> {
                    StringBuilder body = new StringBuilder();
                    for (int i = lo; i < hi; i++) {
                        body.append(json(articles.get(i))).append('\n');
                    }
                    long at = System.nanoTime();
                    for (int i = lo; i < hi; i++) {
                        sentAt[i] = at;
                    }
                    HttpResponse<String> r = http.send(post("application/x-ndjson", body.toString()),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("ingest answered " + r.statusCode() + ": " + r.body());
                    }
                    markAccepted(r.body(), lo, accepted);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return await(ids, sentAt, accepted, visibility, first, Duration.ofSeconds(120 + articles.size()));
    }

    private Phase sendAtRate(List<NewsCorpus.Article> articles, GatewayVisibility visibility) throws Exception {
        long[] sentAt = new long[articles.size()];
        boolean[] accepted = new boolean[articles.size()];
        List<String> ids = articles.stream().map(NewsCorpus.Article::id).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long first = System.nanoTime();
        long interval = (long) (1e9 / rate);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                long due = first + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int index = i;
                futures.add(pool.submit(() -> {
                    sentAt[index] = System.nanoTime();
                    HttpResponse<String> r = http.send(post("application/json", json(articles.get(index))),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 202) {
                        throw new IllegalStateException("ingest answered " + r.statusCode() + ": " + r.body());
                    }
                    markAccepted(r.body(), index, accepted);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return await(ids, sentAt, accepted, visibility, first, Duration.ofSeconds(120));
    }

    /** Ingest answers a duplicate for an article it already has; such an article is not expected downstream. */
    private static void markAccepted(String body, int offset, boolean[] accepted) throws IOException {
        int i = offset;
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                JsonNode result = EventJson.mapper().readTree(line);
                JsonNode status = result.get("status");
                accepted[i++] = status != null && status.asText().equals("accepted");
            }
        }
    }

    private Phase await(List<String> ids, long[] sentAt, boolean[] accepted, GatewayVisibility visibility,
            long first, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long[] visibleAt = new long[ids.size()];
        int expected = 0;
        for (boolean a : accepted) {
            expected += a ? 1 : 0;
        }
        if (expected < ids.size()) {
            System.err.printf("%d of the %d articles sent were not accepted (refused or duplicates); the figures"
                    + " count only the %d accepted%n", ids.size() - expected, ids.size(), expected);
        }
        int visible = 0;
        long last = first;
        while (System.nanoTime() < deadline) {
            visible = 0;
            for (int i = 0; i < ids.size(); i++) {
                Long at = accepted[i] ? visibility.visibleAt(ids.get(i)) : null;
                if (at != null) {
                    visibleAt[i] = at;
                    last = Math.max(last, at);
                    visible++;
                }
            }
            if (visible == expected) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        if (visible < expected) {
            System.err.printf("only %d of %d articles became visible within %d s%n", visible, expected,
                    timeout.toSeconds());
        }
        return new Phase(sentAt, visibleAt, expected, visible, first, (last - first) / 1e9);
    }

    private static String json(NewsCorpus.Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("source", a.source());
        m.put("title", a.title());
        m.put("text", a.text());
        m.put("publishedAt", a.publishedAt().toString());
        return EventJson.write(m);
    }

    private HttpRequest post(String type, String body) {
        return Http.keyed(HttpRequest.newBuilder(URI.create(options.ingestUrl() + "/v1/articles")), options.apiKey())
                .header("Content-Type", type).timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Per second: articles that became visible, their latency (paced phase), consumer lag and memory. */
    private static List<Map<String, Object>> timeline(List<StackSampler.Sample> samples, Phase throughput,
            Phase latency, long t0) {
        int secondsTotal = (int) Math.ceil(samples.isEmpty() ? 0 : samples.get(samples.size() - 1).at()) + 1;
        int[] visible = new int[secondsTotal + 1];
        List<List<Long>> latencies = new ArrayList<>();
        for (int s = 0; s <= secondsTotal; s++) {
            latencies.add(new ArrayList<>());
        }
        for (Phase phase : List.of(throughput, latency)) {
            for (int i = 0; i < phase.visibleAt().length; i++) {
                long v = phase.visibleAt()[i];
                if (v == 0) {
                    continue;
                }
                int second = (int) Math.min(secondsTotal, (v - t0) / 1_000_000_000L);
                visible[second]++;
                if (phase == latency) {
                    latencies.get(second).add((v - phase.sentAt()[i]) / 1_000_000);
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StackSampler.Sample s : samples) {
            int second = (int) s.at();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("t", round(s.at()));
            row.put("visible", second < visible.length ? visible[second] : 0);
            List<Long> l = second < latencies.size() ? latencies.get(second) : List.of();
            if (!l.isEmpty()) {
                row.put("latencyMaxMs", l.stream().mapToLong(Long::longValue).max().getAsLong());
                row.put("latencyMedianMs", l.stream().sorted().toList().get(l.size() / 2));
            }
            row.put("lag", s.lag());
            row.put("rssMib", s.totalRssMib());
            rows.add(row);
        }
        return rows;
    }

    private void printTable(Map<String, Object> report, double nlpRate, Phase throughput, Phase latency,
            Map<String, Long> peakRss, long peakTotalRss) {
        int cores = (int) report.get("cores");
        System.out.printf("%n%-44s %s%n", "figure (" + cores + " cores)", "value");
        if (!Double.isNaN(nlpRate)) {
            System.out.printf(Locale.ROOT, "%-44s %.2f articles/s (%d threads)%n", "NLP stage alone (baseline)",
                    nlpRate, nlpThreads);
        }
        System.out.printf(Locale.ROOT, "%-44s %.2f articles/s (%d of %d in %.1f s)%n", "whole pipeline, POST to "
                + "visible", throughput.rate(), throughput.visible(), throughput.sent(), throughput.seconds());
        if (!Double.isNaN(nlpRate)) {
            System.out.printf(Locale.ROOT, "%-44s %.3f%n", "pipeline / NLP alone", throughput.rate() / nlpRate);
        }
        if (latency.sent() > 0) {
            System.out.printf(Locale.ROOT, "%-44s p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%d of %d)%n",
                    String.format(Locale.ROOT, "ingest to visible at %.0f/s offered", rate),
                    latency.percentileMs(50), latency.percentileMs(95), latency.percentileMs(99),
                    latency.percentileMs(100), latency.visible(), latency.sent());
        }
        peakRss.forEach((name, mib) -> System.out.printf("%-44s %d MiB%n", "peak RSS " + name, mib));
        System.out.printf("%-44s %d MiB%n", "peak RSS whole stack (at one moment)", peakTotalRss);
    }

    /**
     * Where the time goes: CPU milliseconds each process spent per article during the throughput phase. With every
     * core busy, the sum bounds throughput at cores * 1000 / sum articles a second.
     */
    private static Map<String, Double> cpuPerArticle(List<StackSampler.Sample> samples, Phase phase, long t0) {
        double from = (phase.first() - t0) / 1e9;
        double to = from + phase.seconds();
        StackSampler.Sample before = null;
        StackSampler.Sample after = null;
        for (StackSampler.Sample s : samples) {
            if (s.at() <= from) {
                before = s;
            }
            if (after == null && s.at() >= to) {
                after = s;
            }
        }
        if (after == null && !samples.isEmpty()) {
            // The phase ended after the last sample (the run stops sampling then): a second at most is missed.
            after = samples.get(samples.size() - 1);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        if (before == null || after == null || phase.visible() == 0) {
            return out;
        }
        for (var e : after.cpuSeconds().entrySet()) {
            double used = e.getValue() - before.cpuSeconds().getOrDefault(e.getKey(), 0.0);
            out.put(e.getKey(), round(Math.max(0, used) * 1000 / phase.visible()));
        }
        return out;
    }

    private static void printCpu(Map<String, Double> cpuMsPerArticle, int cores) {
        if (cpuMsPerArticle.isEmpty()) {
            return;
        }
        double total = cpuMsPerArticle.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("%nwhere the CPU went in the throughput phase (ms of CPU an article, share)%n");
        cpuMsPerArticle.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-20s %8.1f ms  %5.1f%%%n", e.getKey(), e.getValue(),
                        100 * e.getValue() / total));
        System.out.printf(Locale.ROOT, "  %-20s %8.1f ms  -> at most %.1f articles/s on %d cores%n", "all processes",
                total, cores * 1000 / total, cores);
    }

    private Path outputDir() throws IOException {
        String dir = options.extra().getOrDefault("out",
                System.getenv().getOrDefault("NEWSFOLD_HOME", ".newsfold") + "/bench");
        Path out = Path.of(dir);
        Files.createDirectories(out);
        return out;
    }

    private static Path env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : Path.of(v);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
