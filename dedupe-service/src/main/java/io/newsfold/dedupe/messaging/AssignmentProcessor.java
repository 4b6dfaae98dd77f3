package io.newsfold.dedupe.messaging;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.Topics.Channels;
import io.newsfold.dedupe.persistence.AssignmentStore;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Assigns each enriched article to a story and publishes the assignment keyed by story id. The assignment is
 * committed to PostgreSQL before it is published, and the incoming offset only after the broker took it.
 */
@ApplicationScoped
public class AssignmentProcessor {

    @Inject
    AssignmentStore store;

    @Incoming(Channels.ARTICLES_ENRICHED)
    @Outgoing(Channels.STORY_ASSIGNMENTS)
    @Blocking
    public Record<String, String> process(String json) {
        ArticleEnriched article = EventJson.read(json, ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);
        StoryAssigned assignment = store.assign(article);
        return Record.of(assignment.storyId(), EventJson.write(assignment));
    }
}
