package io.newsfold.gateway.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.contracts.Event;
import io.newsfold.contracts.EventJson;
import io.newsfold.contracts.Metrics;
import io.newsfold.contracts.OutageRetry;
import io.newsfold.contracts.PoisonRecordException;
import io.newsfold.contracts.StageMeter;
import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.StoryMerged;
import io.newsfold.contracts.Topic;
import io.newsfold.contracts.Topics;
import io.newsfold.contracts.Topics.Channels;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Projects the pipeline's topics into the read model, a polled batch of records at a time in one transaction:
 * per article, the projection's commits and round trips were a large part of its cost. Offsets are committed after
 * the write. An unreadable record goes to its topic's dead-letter topic and the rest of its batch goes on; a batch
 * whose transaction fails for a reason other than an outage is applied again record by record, so that only the
 * record that fails is dead-lettered. A batch that meets PostgreSQL away is written again once it is back. Each
 * record of any topic is timed (its share of its batch) and counted as the projection stage.
 */
@ApplicationScoped
public class EventProjector {

    private static final Logger LOG = Logger.getLogger(EventProjector.class);

    @Inject
    ReadModelWriter writer;

    @Inject
    DisagreementWatch watch;

    @Inject
    DeadLetters deadLetters;

    private final StageMeter meter;
    private final OutageRetry outages = OutageRetry.standard();

    @Inject
    EventProjector(MeterRegistry registry) {
        this.meter = StageMeter.forConsumer(registry, Metrics.Stages.PROJECTION);
    }

    @Incoming(Channels.ARTICLES_INGESTED)
    @Blocking
    public void onIngested(ConsumerRecords<String, String> records) {
        project(records, Topics.ARTICLES_INGESTED, ArticleIngested.class, ArticleIngested.SCHEMA_VERSION);
    }

    @Incoming(Channels.ARTICLES_ENRICHED)
    @Blocking
    public void onEnriched(ConsumerRecords<String, String> records) {
        project(records, Topics.ARTICLES_ENRICHED, ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);
    }

    @Incoming(Channels.STORY_ASSIGNMENTS)
    @Blocking
    public void onAssigned(ConsumerRecords<String, String> records) {
        project(records, Topics.STORY_ASSIGNMENTS, StoryAssigned.class, StoryAssigned.SCHEMA_VERSION);
    }

    @Incoming(Channels.STORY_MERGES)
    @Blocking
    public void onMerged(ConsumerRecords<String, String> records) {
        project(records, Topics.STORY_MERGES, StoryMerged.class, StoryMerged.SCHEMA_VERSION);
    }

    private <T extends Event> void project(ConsumerRecords<String, String> records, Topic topic, Class<T> type,
            int version) {
        long started = System.nanoTime();
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<T> events = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                events.add(EventJson.read(r.value(), type, version));
                readable.add(r);
            } catch (PoisonRecordException e) {
                deadLetters.send(topic, r, e);
                failures.add(e);
            }
        }
        List<String> changed = events.isEmpty() ? List.of() : apply(topic, readable, events, failures);
        changed.forEach(watch::storyChanged);
        int count = records.count();
        long share = count == 0 ? 0 : (System.nanoTime() - started) / count;
        failures.forEach(f -> meter.recordDone(share, f));
        for (int i = failures.size(); i < count; i++) {
            meter.recordDone(share, null);
        }
    }

    /**
     * Applies the batch in one transaction or, if that fails for good, each event alone; returns the stories that
     * changed. An outage longer than {@link OutageRetry} waits sends every event of the batch to the dead-letter
     * topic, from where {@code newsfold dlq replay} brings them back.
     */
    private <T extends Event> List<String> apply(Topic topic, List<ConsumerRecord<String, String>> records,
            List<T> events, List<Throwable> failures) {
        try {
            return outages.call(() -> writer.applyAll(events));
        } catch (RuntimeException batchFailure) {
            if (OutageRetry.isOutage(batchFailure)) {
                records.forEach(r -> deadLetters.send(topic, r, batchFailure));
                failures.addAll(Collections.nCopies(records.size(), batchFailure));
                return List.of();
            }
            if (events.size() == 1) {
                deadLetters.send(topic, records.get(0), batchFailure);
                failures.add(batchFailure);
                return List.of();
            }
            LOG.warnf("a batch of %d from %s failed (%s); applying its events one by one", events.size(),
                    topic.name(), batchFailure.toString());
        }
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            T event = events.get(i);
            try {
                changed.addAll(outages.call(() -> writer.applyAll(List.of(event))));
            } catch (RuntimeException e) {
                deadLetters.send(topic, records.get(i), e);
                failures.add(e);
            }
        }
        return changed;
    }
}
