package io.newsfold.dedupe.config;

import io.newsfold.contracts.Topics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

class StartupSummary {

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.port") int httpPort,
            @ConfigProperty(name = "kafka.bootstrap.servers") String kafka,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        Log.infof("dedupe-service up: http=%d kafka=%s db=%s in=%s out=%s grouping=near-duplicates,reuse,stories",
                httpPort, kafka, jdbcUrl,
                Topics.ARTICLES_ENRICHED.name(), Topics.STORY_ASSIGNMENTS.name());
    }
}
