package io.newsfold.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfold.contracts.EventJson;
import io.newsfold.infra.FreePorts;
import io.newsfold.infra.TestInfra;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole system, started once for the test JVM: the real broker and PostgreSQL, and the four services as
 * separate JVMs from their packaged jars, stopped when the JVM exits. Also a small client for its HTTP APIs.
 */
final class RunningStack {

    static final Duration WAIT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningStack instance;

    final ServiceProcess ingest;
    final ServiceProcess gateway;
    /** The current process of each service; a restarted service replaces its entry. */
    private final Map<String, ServiceProcess> services;

    private RunningStack(Map<String, ServiceProcess> services) {
        this.services = services;
        // A restarted service keeps its port, so these stay valid for the URLs they build.
        this.ingest = services.get("ingest-service");
        this.gateway = services.get("api-gateway");
    }

    /** Kills a service with SIGKILL, starts it again on the same port and waits until it is ready. */
    void crash(String module) throws Exception {
        ServiceProcess restarted = services.get(module).killAndRestart();
        services.put(module, restarted);
        restarted.awaitReady(WAIT);
    }

    private static final String API_KEY = UUID.randomUUID().toString();
    /** One service logs JSON lines, as a deployment with a log shipper asks, so that a test can read them. */
    static final String JSON_LOGGING_SERVICE = "dedupe-service";

    static synchronized RunningStack get() throws Exception {
        if (instance == null) {
            Path root = Path.of(System.getProperty("newsfold.root", "..")).toAbsolutePath().normalize();
            Path logs = root.resolve("e2e-tests/target/e2e-logs");
            Map<String, String> env = new HashMap<>(TestInfra.get().environment());
            // Writes need a key, as in production; a fresh one for this run.
            Path keys = Files.createTempFile("newsfold-e2e-keys", ".txt");
            keys.toFile().deleteOnExit();
            Files.writeString(keys, "e2e:" + API_KEY + "\n");
            env.put("NEWSFOLD_API_KEYS_FILE", keys.toString());
            Map<String, ServiceProcess> services = new ConcurrentHashMap<>();
            for (String module : List.of("ingest-service", "nlp-service", "dedupe-service", "api-gateway")) {
                // Each run's logs start empty; restarts within the run append.
                Files.deleteIfExists(logs.resolve(module + ".log"));
                Map<String, String> own = new HashMap<>(env);
                if (module.equals(JSON_LOGGING_SERVICE)) {
                    own.put("NEWSFOLD_JSON_LOGS", "true");
                }
                services.put(module, ServiceProcess.start(root, module, FreePorts.next(), own, logs));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> services.values().forEach(s -> {
                try {
                    s.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), "newsfold-e2e-stop"));
            for (ServiceProcess service : services.values()) {
                service.awaitReady(WAIT);
            }
            instance = new RunningStack(services);
        }
        return instance;
    }

    /** The log file of a service, all its processes so far. */
    java.nio.file.Path log(String module) {
        return services.get(module).log();
    }

    /** A reply's status and parsed body. */
    record Reply(int status, JsonNode body) {
    }

    String post(String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.url("/v1/articles")))
                .header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new AssertionError("ingest answered " + r.statusCode() + ": " + r.body());
        }
        return EventJson.mapper().readTree(r.body()).get("id").asText();
    }

    /**
     * Posts until ingest answers, as a client of a service that may be restarting must: accepted (202) or, when
     * an earlier attempt was stored before the connection broke, duplicate (200).
     */
    int postUntilAnswered(String json) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.url("/v1/articles")))
                        .header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 202 || r.statusCode() == 200) {
                    return r.statusCode();
                }
                if (r.statusCode() != 503) {
                    throw new AssertionError("ingest answered " + r.statusCode() + ": " + r.body());
                }
            } catch (java.io.IOException e) {
                // Ingest is down or restarting: try again, as a client would.
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("ingest did not take an article within " + WAIT);
            }
            Thread.sleep(250);
        }
    }

    Reply get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), EventJson.mapper().readTree(r.body()));
    }

    JsonNode article(String id) throws Exception {
        return get(gateway.url("/v1/articles/" + id)).body();
    }

    String awaitStory(String articleId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Reply r = get(gateway.url("/v1/articles/" + articleId));
            if (r.status() == 200 && r.body().hasNonNull("storyId")) {
                return r.body().get("storyId").asText();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("article " + articleId + " got no story within " + WAIT);
    }

    /** Waits until the articles' views stop changing: later articles re-assign earlier ones (families, merges). */
    void awaitSettled(Collection<String> articleIds) throws Exception {
        String before = "";
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            StringBuilder now = new StringBuilder();
            for (String id : articleIds) {
                JsonNode a = article(id);
                now.append(a.path("storyId").asText()).append(a.path("familyId").asText())
                        .append(a.path("relations").size()).append(a.path("stage").asText()).append(';');
            }
            if (now.toString().equals(before)) {
                return;
            }
            before = now.toString();
            Thread.sleep(1500);
        }
    }
}
