package io.newsfold.gateway.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Metrics;
import io.newsfold.contracts.OutageRetry;
import io.newsfold.contracts.StageMeter;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.StoryMerged;
import io.newsfold.contracts.Topics.Channels;
import io.newsfold.gateway.query.ReadModelQueries;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Projects the pipeline's topics into the read model. Offsets are committed after the write; an unreadable event
 * goes to its topic's dead-letter topic and the projection goes on, while an event that meets PostgreSQL away is
 * written again once it is back. Each event of any topic is timed and counted
 * as the projection stage.
 */
@ApplicationScoped
public class EventProjector {

    @Inject
    ReadModelWriter writer;

    @Inject
    DisagreementWatch watch;

    @Inject
    ReadModelQueries queries;

    private final StageMeter meter;
    private final OutageRetry outages = OutageRetry.standard();

    @Inject
    EventProjector(MeterRegistry registry) {
        this.meter = StageMeter.forConsumer(registry, Metrics.Stages.PROJECTION);
    }

    @Incoming(Channels.ARTICLES_INGESTED)
    @Blocking
    public void onIngested(String json) {
        meter.run(() -> {
            ArticleIngested event = EventJson.read(json, ArticleIngested.class, ArticleIngested.SCHEMA_VERSION);
            outages.run(() -> writer.apply(event));
        });
    }

    @Incoming(Channels.ARTICLES_ENRICHED)
    @Blocking
    public void onEnriched(String json) {
        meter.run(() -> {
            ArticleEnriched event = EventJson.read(json, ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);
            outages.run(() -> projectEnriched(event));
        });
    }

    private void projectEnriched(ArticleEnriched event) {
        writer.apply(event);
        // Only numbers and dates can make a disagreement; assembling the story for other claims is wasted work.
        boolean couldDisagree = event.claims() != null && event.claims().stream().map(ArticleEnriched.Claim::kind)
                .anyMatch(k -> k.equals(ArticleEnriched.Claim.NUMBER) || k.equals(ArticleEnriched.Claim.DATE));
        if (couldDisagree) {
            queries.storyOf(event.articleId()).ifPresent(watch::storyChanged);
        }
    }

    @Incoming(Channels.STORY_ASSIGNMENTS)
    @Blocking
    public void onAssigned(String json) {
        meter.run(() -> {
            StoryAssigned event = EventJson.read(json, StoryAssigned.class, StoryAssigned.SCHEMA_VERSION);
            outages.run(() -> {
                writer.apply(event);
                watch.storyChanged(event.storyId());
            });
        });
    }

    @Incoming(Channels.STORY_MERGES)
    @Blocking
    public void onMerged(String json) {
        meter.run(() -> {
            StoryMerged event = EventJson.read(json, StoryMerged.class, StoryMerged.SCHEMA_VERSION);
            outages.run(() -> writer.apply(event));
        });
    }
}
