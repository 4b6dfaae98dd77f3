package io.newsfold.nlp.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared data folder (samples, eval corpora) that lives beside the repository and is never copied into
 * it: {@code NEWSFOLD_SHARED} if set, else the first {@code shared} directory holding {@code samples} found
 * walking up from the working directory.
 */
public final class SharedData {

    private SharedData() {
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
