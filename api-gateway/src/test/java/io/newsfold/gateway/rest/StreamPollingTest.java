package io.newsfold.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow.Subscription;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StreamPollingTest {

    @Test
    void aReaderThatAsksForEachEntryFromAnotherThreadIsNeverLeftWaiting() throws Exception {
        // The SSE writer asks for the next entry from the event loop once the last one is written, while polls
        // run on worker threads; batches are often empty and sometimes several entries long.
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService eventLoop = Executors.newSingleThreadExecutor();
        CountDownLatch received = new CountDownLatch(1000);
        AtomicReference<Subscription> subscription = new AtomicReference<>();
        StreamResource.polling(Duration.ofMillis(1), () -> {
            int n = polls.incrementAndGet() % 4;
            List<Integer> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                batch.add(next.incrementAndGet());
            }
            return batch;
        }).subscribe().withSubscriber(new MultiSubscriber<Integer>() {
            @Override
            public void onSubscribe(Subscription s) {
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
            assertTrue(received.await(30, TimeUnit.SECONDS),
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
