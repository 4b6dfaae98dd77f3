package io.newsfold.gateway.config;

import io.newsfold.contracts.ApiKeys;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads are open unless {@code newsfold.gateway.read-keys-file} names a keys file ({@code name:key} lines, re-read
 * when it changes); then every {@code /v1} read needs one of its keys in {@code X-API-Key}.
 */
@ApplicationScoped
public class ReadKeys {

    private final ApiKeys keys;

    @Inject
    public ReadKeys(@ConfigProperty(name = "newsfold.gateway.read-keys-file") Optional<Path> file) {
        this.keys = file.map(ApiKeys::fromFile).orElse(null);
    }

    void onStart(@Observes StartupEvent event) {
        Log.infof("reads: %s", keys == null ? "open (no newsfold.gateway.read-keys-file)"
                : "need X-API-Key, keys " + keys.names());
    }

    /** Empty when reads are open; otherwise whether {@code presented} is a read key. */
    public Optional<ApiKeys.Decision> check(String presented) {
        return keys == null ? Optional.empty() : Optional.of(keys.check(presented));
    }
}
