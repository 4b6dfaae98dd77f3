package io.newsfold.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Run directories of throwaway servers, each marked with the pid of the JVM that owns it. A JVM killed with SIGKILL
 * never runs its shutdown hooks and leaves its PostgreSQL running; the next run stops such servers and removes their
 * directories.
 */
final class Leftovers {

    private static final String OWNER_FILE = "owner.pid";

    private Leftovers() {
    }

    /** Creates a fresh run directory under {@code root} owned by this JVM, after cleaning up dead owners' ones. */
    static Path newRunDirectory(Path root) throws IOException {
        Files.createDirectories(root);
        cleanUp(root);
        Path run = Files.createTempDirectory(root, "run-");
        Files.writeString(run.resolve(OWNER_FILE), String.valueOf(ProcessHandle.current().pid()));
        return run;
    }

    static void cleanUp(Path root) throws IOException {
        try (Stream<Path> runs = Files.list(root)) {
            for (Path run : runs.filter(Files::isDirectory).toList()) {
                if (ownerAlive(run)) {
                    continue;
                }
                stopPostgresIn(run);
                deleteRecursively(run);
            }
        }
    }

    private static boolean ownerAlive(Path run) {
        return readPid(run.resolve(OWNER_FILE)).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void stopPostgresIn(Path run) throws IOException {
        try (Stream<Path> files = Files.walk(run, 2)) {
            files.filter(f -> f.getFileName().toString().equals("postmaster.pid"))
                    .map(Leftovers::readPid)
                    .flatMap(Optional::stream)
                    .flatMap(pid -> ProcessHandle.of(pid).stream())
                    .forEach(Leftovers::stopAndWait);
        }
    }

    private static void stopAndWait(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
