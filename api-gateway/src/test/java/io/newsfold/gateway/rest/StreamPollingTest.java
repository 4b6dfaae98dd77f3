package io.newsfold.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StreamPollingTest {

    @Test
    void aReaderThatAsksForEachEntryFromAnotherThreadIsNeverLeftWaiting() throws Exception {
        // The SSE writer asks for the next entry from the event loop once the last one is written, while polls
        // run on worker threads; batches are often empty and sometimes several entries long.
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.ExecutorService eventLoop = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.CountDownLatch received = new java.util.concurrent.CountDownLatch(1000);
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Flow.Subscription> subscription =
                new java.util.concurrent.atomic.AtomicReference<>();
        StreamResource.polling(Duration.ofMillis(1), () -> {
            int n = polls.incrementAndGet() % 4;
            List<Integer> batch = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                batch.add(next.incrementAndGet());
            }
            return batch;
        }).subscribe().withSubscriber(new io.smallrye.mutiny.subscription.MultiSubscriber<Integer>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onItem(Integer item) {
                received.countDown();
                eventLoop.execute(() -> subscription.get().request(1));
            }

            @Override
            public void onFailure(Throwable failure) {
            }

            @Override
            public void onCompletion() {
            }
        });
        try {
            assertTrue(received.await(30, java.util.concurrent.TimeUnit.SECONDS),
                    "stalled after " + (1000 - received.getCount()) + " entries");
        } finally {
            subscription.get().cancel();
            eventLoop.shutdownNow();
        }
    }

    @Test
    void aReaderSlowerThanThePollIntervalKeepsItsStream() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        AssertSubscriber<Integer> reader = StreamResource.polling(Duration.ofMillis(1),
                () -> List.of(polls.incrementAndGet())).subscribe().withSubscriber(AssertSubscriber.create(1));

        // The reader takes one entry every 50 ms while ticks come every millisecond: once the ticks outrun the
        // worker hand-off's buffer (256), the stream used to fail for lack of demand and the client was cut off.
        for (int i = 0; i < 20; i++) {
            Thread.sleep(50);
            reader.request(1);
        }
        reader.awaitItems(20, Duration.ofSeconds(5));

        assertNull(reader.getFailure());
        List<Integer> items = reader.getItems();
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i) > items.get(i - 1), "each batch comes from a later poll: " + items);
        }
        reader.cancel();
    }
}
