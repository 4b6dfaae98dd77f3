package io.newsfold.ingest.messaging;

import io.newsfold.contracts.Periodic;
import io.newsfold.ingest.config.IngestConfig;
import io.newsfold.ingest.persistence.ArticleStore;
import io.newsfold.ingest.persistence.StoredVersion;
import io.newsfold.ingest.service.IngestService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Publishes versions that were stored but never published: the broker was away when they arrived, or the service
 * died between storing and publishing, and the client that sent them may never send them again. A version is left
 * alone for a grace period first, since the request that stored it is normally publishing it right then; if both
 * publish, the event goes out twice and every consumer applies it once (they are idempotent by version).
 */
@ApplicationScoped
public class UnpublishedVersionRelay {

    private static final Logger LOG = Logger.getLogger(UnpublishedVersionRelay.class);
    private static final int BATCH = 200;

    @Inject
    ArticleStore store;

    @Inject
    IngestService ingest;

    @Inject
    IngestConfig config;

    private Periodic timer;

    void onStart(@Observes StartupEvent event) {
        timer = Periodic.every(config.relay().interval(), "unpublished-version-relay", this::relayQuietly);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.close();
        }
    }

    /** Publishes every version older than the grace period that is still unpublished; returns how many. */
    public int relay() {
        int published = 0;
        List<StoredVersion> batch;
        do {
            batch = store.unpublishedBefore(Instant.now().minus(config.relay().grace()), BATCH);
            List<ArticlePublisher.PublishFailedException> failures = ingest.publish(batch);
            published += (int) failures.stream().filter(Objects::isNull).count();
            // The broker is away: stop here, the next round tries the rest again.
            for (ArticlePublisher.PublishFailedException failure : failures) {
                if (failure != null) {
                    throw failure;
                }
            }
        } while (batch.size() == BATCH);
        return published;
    }

    private void relayQuietly() {
        try {
            int published = relay();
            if (published > 0) {
                LOG.infof("published %d stored versions that had not reached Kafka", published);
            }
        } catch (RuntimeException e) {
            // The database or the broker is away; the next round tries again.
            LOG.warnf("could not relay unpublished versions yet: %s", e.toString());
        }
    }
}
