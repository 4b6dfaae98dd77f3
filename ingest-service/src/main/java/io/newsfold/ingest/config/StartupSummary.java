package io.newsfold.ingest.config;

import io.newsfold.contracts.Topics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

class StartupSummary {

    void onStart(@Observes StartupEvent event, IngestConfig config,
            @ConfigProperty(name = "quarkus.http.port") int httpPort,
            @ConfigProperty(name = "kafka.bootstrap.servers") String kafka,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        Log.infof("ingest-service up: http=%d kafka=%s db=%s in=%s out=%s max-text-bytes=%d future-skew=%s",
                httpPort, kafka, jdbcUrl, Topics.ARTICLES_SUBMITTED.name(), Topics.ARTICLES_INGESTED.name(),
                config.maxTextBytes(), config.futureSkew());
    }
}
