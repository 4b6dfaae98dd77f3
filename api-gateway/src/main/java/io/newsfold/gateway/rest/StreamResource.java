package io.newsfold.gateway.rest;

import io.newsfold.gateway.query.FeedEntry;
import io.newsfold.gateway.query.InvalidRequestException;
import io.newsfold.gateway.query.ReadModelQueries;
import io.newsfold.gateway.query.SearchFilter;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The live stream as Server-Sent Events: story-created, article-added, stories-merged, claims-added and
 * disagreement-added, each with the feed number as its id. A client that reconnects with Last-Event-ID (or
 * {@code ?after=}) gets everything it missed, then the live changes.
 */
@Path("/v1/stream")
public class StreamResource {

    private static final Duration POLL = Duration.ofMillis(300);
    private static final int BATCH = 200;

    @Inject
    ReadModelQueries queries;

    @Context
    Sse sse;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live changes as Server-Sent Events",
            description = "Event names: story-created, article-added, stories-merged, claims-added, "
                    + "disagreement-added; data is JSON naming the story and, where there is one, the article. "
                    + "Filters as for the lists (storyId, entity, source, excludeSource, language).")
    public Multi<OutboundSseEvent> stream(@BeanParam FilterParams filters,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "resume after this event id (what Last-Event-ID does for browsers)")
            @QueryParam("after") String after) {
        SearchFilter filter = filters.filter();
        AtomicLong cursor = new AtomicLong(resumeFrom(lastEventId != null ? lastEventId : after));
        return polling(POLL, () -> {
                    List<FeedEntry> entries = queries.feedSince(cursor.get(), filter, BATCH);
                    if (!entries.isEmpty()) {
                        cursor.set(entries.get(entries.size() - 1).id());
                    }
                    return entries;
                })
                .map(e -> sse.newEventBuilder().id(String.valueOf(e.id())).name(e.type())
                        .mediaType(MediaType.TEXT_PLAIN_TYPE).data(e.payload()).build());
    }

    /**
     * What {@code poll} returns, every {@code interval}, on a worker thread. A tick that comes while the client is
     * still taking the last batch (a slow reader, or a slow query under load) is dropped, not an error: without
     * that, Mutiny fails the stream for lack of demand and the client is cut off. The next tick reads from the
     * cursor, so nothing is missed.
     */
    static <T> Multi<T> polling(Duration interval, Supplier<List<T>> poll) {
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(interval)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> poll.get());
    }

    private long resumeFrom(String id) {
        if (id == null || id.isBlank()) {
            return queries.latestFeedId();
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("invalid-event-id", "Last-Event-ID must be a number this API sent");
        }
    }
}
