package io.newsfold.dedupe.core.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the read-only shared data directory: {@code NEWSFOLD_SHARED} if set, else the first directory named
 * {@code shared} holding {@code samples} found beside the working directory or any of its parents.
 */
public final class SharedDirectory {

    private SharedDirectory() {
    }

    public static Optional<Path> locate() {
        String env = System.getenv("NEWSFOLD_SHARED");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("samples"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
