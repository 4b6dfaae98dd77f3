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
