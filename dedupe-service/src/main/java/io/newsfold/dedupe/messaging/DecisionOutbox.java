package io.newsfold.dedupe.messaging;

import io.newsfold.contracts.Topics.Channels;
import io.newsfold.dedupe.persistence.DedupeStore;
import io.newsfold.dedupe.persistence.OutboxRecord;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Publishes what decisions queued in the outbox, oldest first, and deletes each batch only once the broker has
 * acknowledged all of it. Whatever a crash or a broker outage left queued goes out with the next article.
 */
@ApplicationScoped
public class DecisionOutbox {

    private static final int BATCH = 500;
    private static final long ACK_TIMEOUT_SECONDS = 30;

    @Inject
    DataSource dataSource;

    @Inject
    @Channel(Channels.STORY_ASSIGNMENTS)
    Emitter<Record<String, String>> assignments;

    @Inject
    @Channel(Channels.STORY_MERGES)
    Emitter<Record<String, String>> merges;

    /** Publishes every queued event; returns how many went out. */
    public int publishPending() throws SQLException, ExecutionException, TimeoutException, InterruptedException {
        int published = 0;
        while (true) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    DedupeStore store = new DedupeStore(c);
                    store.relaxDurability();
                    List<OutboxRecord> batch = store.pendingEvents(BATCH);
                    if (batch.isEmpty()) {
                        c.commit();
                        return published;
                    }
                    send(batch);
                    store.deleteEvents(batch);
                    c.commit();
                    published += batch.size();
                    if (batch.size() < BATCH) {
                        return published;
                    }
                } catch (SQLException | ExecutionException | TimeoutException | InterruptedException
                        | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        }
    }

    private void send(List<OutboxRecord> batch) throws ExecutionException, TimeoutException, InterruptedException {
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxRecord r : batch) {
            Emitter<Record<String, String>> emitter = switch (r.channel()) {
                case Channels.STORY_MERGES -> merges;
                case Channels.STORY_ASSIGNMENTS -> assignments;
                default -> throw new IllegalStateException("outbox row " + r.id() + " names channel " + r.channel());
            };
            acks.add(emitter.send(Record.of(r.key(), r.value())).toCompletableFuture());
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
