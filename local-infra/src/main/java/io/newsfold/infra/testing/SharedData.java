package io.newsfold.infra.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared development data (samples and evaluation sets) that lives beside the checkout, never inside it:
 * {@code NEWSFOLD_SHARED} if set, else a directory named {@code shared} beside any parent of the working directory.
 * Tests that need it skip when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Optional<Path> dir() {
        String env = System.getenv("NEWSFOLD_SHARED");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("samples"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Optional<Path> resolve(String relative) {
        return dir().map(d -> d.resolve(relative)).filter(Files::exists);
    }
}
