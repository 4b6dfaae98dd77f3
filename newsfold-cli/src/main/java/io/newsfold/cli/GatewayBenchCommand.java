package io.newsfold.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Read latency of the gateway with a large read model: loads N synthetic articles (in stories of 20, with entities
 * and claims) straight into the gateway's tables, then times GET /v1/stories/{id} and a filtered full-text search,
 * next to a trivial request (liveness) timed in the same run as the floor. The loaded rows are removed at the end.
 */
final class GatewayBenchCommand {

    private static final int PER_STORY = 20;
    private static final int REQUESTS = 300;
    private static final String[] WORDS = {"ferry", "harbour", "council", "minister", "talks", "ice", "crossing",
        "passengers", "official", "said", "monday", "city", "region", "agreement", "vote", "budget", "week",
        "residents", "service", "plan", "trial", "route", "storm", "court", "election", "strike", "border", "aid",
        "convoy", "ceasefire", "market", "bank", "rate", "school", "hospital", "fire", "flood", "bridge", "port"};

    private final Options options;
    private final int count;

    GatewayBenchCommand(Options options) {
        this.options = options;
        this.count = options.count() > 0 ? options.count() : 100_000;
    }

    int run() throws Exception {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String url = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:15432/newsfold");
        try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault(
                "QUARKUS_DATASOURCE_USERNAME", "postgres"), System.getenv().getOrDefault(
                        "QUARKUS_DATASOURCE_PASSWORD", ""))) {
            long started = System.nanoTime();
            load(c, run);
            try (var s = c.createStatement()) {
                s.execute("ANALYZE gateway.articles; ANALYZE gateway.stories; ANALYZE gateway.article_entities;"
                        + " ANALYZE gateway.article_claims");
            }
            long total;
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM gateway.articles")) {
                rs.next();
                total = rs.getLong(1);
            }
            System.out.printf("loaded %,d articles in %,d stories in %.0f s; the read model holds %,d articles%n",
                    count, count / PER_STORY, (System.nanoTime() - started) / 1e9, total);
            try {
                measure(run);
            } finally {
                clean(c, run);
            }
        }
        return 0;
    }

    private void load(Connection c, String run) throws Exception {
        c.setAutoCommit(false);
        Random random = new Random(42);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        try (PreparedStatement story = c.prepareStatement("INSERT INTO gateway.stories (story_id, created_at,"
                + " updated_at) VALUES (?, ?, ?)");
             PreparedStatement article = c.prepareStatement("INSERT INTO gateway.articles (article_id, version,"
                     + " source, url, title, text, published_at, received_at, content_hash, wire_credits, language,"
                     + " enriched_version, sentences, token_count, assigned_version, story_id, assignment_sequence,"
                     + " relation) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, '[]'::jsonb, 'en', 1, '[]'::jsonb, 150, 1, ?,"
                     + " ?, 'independent')");
             PreparedStatement entity = c.prepareStatement("INSERT INTO gateway.article_entities (article_id,"
                     + " position, text, type, canonical, start_at, end_at) VALUES (?, ?, ?, 'PERSON', ?, 0, 5)");
             PreparedStatement claim = c.prepareStatement("INSERT INTO gateway.article_claims (article_id, position,"
                     + " kind, text, start_at, end_at, speaker_name, speaker_canonical, speaker_start, speaker_end,"
                     + " value, hedge, subject, place) VALUES (?, ?, ?, ?, 0, 10, ?, ?, 20, 30, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                int storyNo = i / PER_STORY;
                String storyId = run + "-s" + storyNo;
                Instant at = base.plusSeconds(i * 37L);
                if (i % PER_STORY == 0) {
                    story.setString(1, storyId);
                    story.setTimestamp(2, Timestamp.from(at));
                    story.setTimestamp(3, Timestamp.from(at));
                    story.addBatch();
                }
                String id = run + "-a" + i;
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 150; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 25 == 24 ? ". " : " ");
                }
                article.setString(1, id);
                article.setString(2, "Outlet " + (i % 40));
                article.setString(3, "https://outlet" + (i % 40) + ".example/" + id);
                article.setString(4, "Story " + storyNo + " " + WORDS[storyNo % WORDS.length]);
                article.setString(5, text.toString());
                article.setTimestamp(6, Timestamp.from(at));
                article.setTimestamp(7, Timestamp.from(at));
                article.setString(8, "h" + i);
                article.setString(9, storyId);
                article.setLong(10, i);
                article.addBatch();
                for (int e = 0; e < 3; e++) {
                    int person = (storyNo * 3 + e) % 5000;
                    entity.setString(1, id);
                    entity.setInt(2, e);
                    entity.setString(3, "Person " + person);
                    entity.setString(4, "person:person-" + person);
                    entity.addBatch();
                }
                addClaim(claim, id, 0, "quote", "We will look at this again next " + WORDS[storyNo % WORDS.length],
                        "Person " + storyNo % 5000, null, null);
                addClaim(claim, id, 1, "number", "about 1,200 passengers", null, 1200.0 + (i % 3) * 300, "about");
                if (i % 1000 == 999) {
                    story.executeBatch();
                    article.executeBatch();
                    entity.executeBatch();
                    claim.executeBatch();
                    c.commit();
                }
            }
            story.executeBatch();
            article.executeBatch();
            entity.executeBatch();
            claim.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    private static void addClaim(PreparedStatement claim, String id, int position, String kind, String text,
            String speaker, Double value, String hedge) throws Exception {
        claim.setString(1, id);
        claim.setInt(2, position);
        claim.setString(3, kind);
        claim.setString(4, text);
        claim.setString(5, speaker);
        claim.setString(6, speaker == null ? null : "person:" + speaker.toLowerCase().replace(' ', '-'));
        claim.setObject(7, value);
        claim.setString(8, hedge);
        claim.setString(9, value == null ? null : "passengers");
        claim.setString(10, value == null ? null : "Kestrel Bay");
        claim.addBatch();
    }

    private void measure(String run) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(7);
        int stories = count / PER_STORY;
        warm(http, run);
        double[] floor = time(http, i -> options.gatewayUrl() + "/q/health/live");
        double[] story = time(http, i -> options.gatewayUrl() + "/v1/stories/" + run + "-s" + random.nextInt(stories));
        double[] search = time(http, i -> options.gatewayUrl() + "/v1/articles?language=en&limit=20&q="
                + URLEncoder.encode(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)],
                        StandardCharsets.UTF_8) + "&source=" + URLEncoder.encode("Outlet " + random.nextInt(40),
                        StandardCharsets.UTF_8));
        double[] storySearch = time(http, i -> options.gatewayUrl() + "/v1/stories?limit=20&q="
                + URLEncoder.encode(WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8)
                + "&entity=person:person-" + random.nextInt(5000));
        System.out.printf("%n%-44s %8s %8s %8s %10s%n", "request (" + REQUESTS + " each, one client)", "p50 ms",
                "p95 ms", "p99 ms", "p99/floor");
        row("GET /q/health/live (floor)", floor, floor);
        row("GET /v1/stories/{id} (20 articles)", story, floor);
        row("GET /v1/articles?q=&language=&source=", search, floor);
        row("GET /v1/stories?q=&entity=", storySearch, floor);
    }

    private void warm(HttpClient http, String run) throws Exception {
        for (int i = 0; i < 30; i++) {
            send(http, options.gatewayUrl() + "/v1/stories/" + run + "-s" + i);
            send(http, options.gatewayUrl() + "/v1/articles?q=ferry&limit=20");
        }
    }

    private double[] time(HttpClient http, java.util.function.IntFunction<String> url) throws Exception {
        double[] ms = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            String u = url.apply(i);
            long t = System.nanoTime();
            send(http, u);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void send(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static void row(String name, double[] ms, double[] floor) {
        double p99 = percentile(ms, 0.99);
        System.out.printf("%-44s %8.1f %8.1f %8.1f %9.1fx%n", name, percentile(ms, 0.5), percentile(ms, 0.95), p99,
                p99 / percentile(floor, 0.99));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void clean(Connection c, String run) throws Exception {
        List<String> tables = new ArrayList<>(List.of("article_entities", "article_claims", "articles"));
        for (String table : tables) {
            try (var s = c.prepareStatement("DELETE FROM gateway." + table + " WHERE article_id LIKE ?")) {
                s.setString(1, run + "-%");
                s.executeUpdate();
            }
        }
        try (var s = c.prepareStatement("DELETE FROM gateway.stories WHERE story_id LIKE ?")) {
            s.setString(1, run + "-%");
            s.executeUpdate();
        }
    }
}
