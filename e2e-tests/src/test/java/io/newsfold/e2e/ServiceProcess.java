package io.newsfold.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service started from its packaged Quarkus jar as a separate JVM, as the local run starts it. */
final class ServiceProcess implements AutoCloseable {

    private static final List<String> LEAN_JVM = List.of("-Xss512k", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final Path root;
    private final Map<String, String> env;

    private ServiceProcess(String name, int port, Process process, Path log, Path root, Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.root = root;
        this.env = env;
    }

    static ServiceProcess start(Path root, String module, int port, Map<String, String> env, Path logDir)
            throws IOException {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (the reactor does)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(module + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // The NLP service holds the CoreNLP model (about 350 MB) and dedupe its window's indexes and live stories
        // (the fault test's 10,000 articles thrash in 192 MB); the others are small.
        command.add(switch (module) {
            case "nlp-service" -> "-Xmx768m";
            case "dedupe-service" -> "-Xmx512m";
            default -> "-Xmx192m";
        });
        command.addAll(LEAN_JVM);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(module, port, builder.start(), log, root, Map.copyOf(env));
    }

    String module() {
        return name;
    }

    Path log() {
        return log;
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook, no offset commit, no goodbye. */
    ServiceProcess killAndRestart() throws IOException, InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        return start(root, name, port, env, log.getParent());
    }

    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n" + tail());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; log:\n" + tail());
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
