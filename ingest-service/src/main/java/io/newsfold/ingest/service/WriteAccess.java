package io.newsfold.ingest.service;

import io.newsfold.contracts.ApiKeys;
import io.newsfold.ingest.config.IngestConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/** Who may write: a key from the keys file, within that key's rate. Only the key's name is ever logged. */
@ApplicationScoped
public class WriteAccess {

    /** A refused key, an admitted one, or an admitted one over its rate ({@code retryAfterSeconds} > 0). */
    public record Admission(ApiKeys.Decision decision, long retryAfterSeconds) {
    }

    private final ApiKeys keys;
    private final RateLimiter limiter;

    @Inject
    public WriteAccess(IngestConfig config) {
        this.keys = ApiKeys.fromFile(config.apiKeysFile().orElse(null));
        this.limiter = new RateLimiter(config.rateLimit().perSecond(), config.rateLimit().burst(), System::nanoTime);
    }

    void onStart(@Observes StartupEvent event) {
        if (!keys.configured()) {
            Log.warn("no API keys file configured (newsfold.ingest.api-keys-file / NEWSFOLD_API_KEYS_FILE): "
                    + "every write is refused with 401");
        }
        Log.infof("writes: API keys %s, at most %.0f requests/s per key (burst %d)",
                keys.configured() ? keys.names() : "none", limiter.perSecond(), limiter.burst());
    }

    public Admission admit(String presentedKey) {
        ApiKeys.Decision decision = keys.check(presentedKey);
        if (!decision.allowed()) {
            return new Admission(decision, 0);
        }
        long waitNanos = limiter.acquire(decision.keyName());
        long seconds = waitNanos == 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
        if (seconds > 0) {
            Log.debugf("key %s is over its rate; told to retry after %d s", decision.keyName(), seconds);
        }
        return new Admission(decision, seconds);
    }

    public String limitDescription() {
        return limiter.perSecond() + " requests/s (burst " + limiter.burst() + ")";
    }
}
