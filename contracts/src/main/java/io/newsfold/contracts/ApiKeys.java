package io.newsfold.contracts;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The API keys a service accepts, read from a keys file of {@code name:key} lines ({@code #} comments and blank
 * lines ignored; the key is everything after the first colon). The name is what a service logs and meters; the key
 * itself is kept only as a SHA-256 hash and never logged. Several keys may be valid at once, also under one name,
 * which is how a key is rotated: add the new one, move the clients, remove the old one. The file is read again
 * when its modification time or size changes, looked at no more than once per {@code checkEvery}, so rotation
 * needs no restart. Without a file, or with one that cannot be read, every key is refused.
 */
public final class ApiKeys {

    /** The request header that carries the key. */
    public static final String HEADER = "X-API-Key";

    public static final Duration DEFAULT_CHECK_EVERY = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(ApiKeys.class.getName());

    /** Why a key was accepted or refused; {@link #code()} is a stable, machine-readable reason. */
    public enum Outcome {
        ALLOWED("allowed"),
        NOT_CONFIGURED("no-api-keys"),
        MISSING("missing-api-key"),
        INVALID("invalid-api-key");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The outcome of one check: the key's name when accepted, otherwise why it was refused. */
    public record Decision(Outcome outcome, String keyName, String refusal) {

        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }

    private record Entry(String name, byte[] hash) {
    }

    /** What was read from the file, and the file's state when it was read. */
    private record Snapshot(List<Entry> entries, String problem, Object fileState) {
    }

    private final Path file;
    private final long checkEveryNanos;
    private final LongSupplier nanoClock;
    private volatile Snapshot snapshot;
    private volatile long nextCheck;

    private ApiKeys(Path file, Duration checkEvery, LongSupplier nanoClock) {
        this.file = file;
        this.checkEveryNanos = checkEvery.toNanos();
        this.nanoClock = nanoClock;
        this.snapshot = file == null ? new Snapshot(List.of(), "no API keys are configured", null) : load(null);
        this.nextCheck = nanoClock.getAsLong() + checkEveryNanos;
    }

    /** Keys from {@code file}, or none (everything refused) when it is null. */
    public static ApiKeys fromFile(Path file) {
        return fromFile(file, DEFAULT_CHECK_EVERY, System::nanoTime);
    }

    public static ApiKeys fromFile(Path file, Duration checkEvery, LongSupplier nanoClock) {
        return new ApiKeys(file, checkEvery, nanoClock);
    }

    /** Whether a keys file was named at all (a named file may still be missing or empty). */
    public boolean configured() {
        return file != null;
    }

    /** The names of the keys now valid, for start-up summaries. */
    public List<String> names() {
        return current().entries().stream().map(Entry::name).distinct().toList();
    }

    /** Checks a presented key (null when the header was absent) in time independent of where it matches. */
    public Decision check(String presented) {
        Snapshot now = current();
        if (now.problem() != null) {
            return new Decision(Outcome.NOT_CONFIGURED, null, now.problem());
        }
        if (presented == null || presented.isBlank()) {
            return new Decision(Outcome.MISSING, null, "send your API key in the " + HEADER + " header");
        }
        byte[] hash = sha256(presented.strip());
        String match = null;
        for (Entry entry : now.entries()) {
            // No early exit: every entry is compared, each in constant time.
            if (MessageDigest.isEqual(hash, entry.hash()) && match == null) {
                match = entry.name();
            }
        }
        return match != null ? new Decision(Outcome.ALLOWED, match, null)
                : new Decision(Outcome.INVALID, null, "the key in the " + HEADER + " header is not valid");
    }

    private Snapshot current() {
        if (file != null && nanoClock.getAsLong() - nextCheck >= 0) {
            synchronized (this) {
                if (nanoClock.getAsLong() - nextCheck >= 0) {
                    Object state = fileState();
                    if (!Objects.equals(state, snapshot.fileState())) {
                        snapshot = load(state);
                    }
                    nextCheck = nanoClock.getAsLong() + checkEveryNanos;
                }
            }
        }
        return snapshot;
    }

    private Object fileState() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private Snapshot load(Object knownState) {
        Object state = knownState != null ? knownState : fileState();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "API keys file {0} cannot be read ({1}): every key is refused", file,
                    e.getClass().getSimpleName());
            return new Snapshot(List.of(), "no API keys are configured (the keys file cannot be read)", state);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).strip();
            String key = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (name.isEmpty() || key.isEmpty()) {
                // The line is not quoted: it may be a bare key.
                LOG.log(Level.WARNING, "API keys file {0}: line {1} is not name:key, ignored", file, i + 1);
                continue;
            }
            entries.add(new Entry(name, sha256(key)));
        }
        List<String> names = entries.stream().map(Entry::name).distinct().toList();
        LOG.log(entries.isEmpty() ? Level.WARNING : Level.INFO, "API keys file {0}: {1} key(s), names {2}", file,
                entries.size(), names);
        return new Snapshot(List.copyOf(entries), entries.isEmpty() ? "no API keys are configured" : null, state);
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
