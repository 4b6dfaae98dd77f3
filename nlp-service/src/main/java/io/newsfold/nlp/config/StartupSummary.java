package io.newsfold.nlp.config;

import io.newsfold.contracts.Topics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

class StartupSummary {

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.port") int httpPort,
            @ConfigProperty(name = "kafka.bootstrap.servers") String kafka) {
        Log.infof("nlp-service up: http=%d kafka=%s in=%s out=%s cores=%d", httpPort, kafka,
                Topics.ARTICLES_INGESTED.name(), Topics.ARTICLES_ENRICHED.name(),
                Runtime.getRuntime().availableProcessors());
    }
}
