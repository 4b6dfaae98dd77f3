package io.newsfold.dedupe.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LookaheadTest {

    @Test
    void yieldsResultsInSourceOrderWhateverOrderWorkersFinishIn() throws Exception {
        List<Integer> source = IntStream.range(0, 40).boxed().toList();
        List<Integer> out = new ArrayList<>();
        try (Lookahead<Integer, Integer> ahead = new Lookahead<>("test", source.iterator(), i -> {
            sleep((40 - i) % 7);
            return i * 10;
        }, 3, 8)) {
            ahead.forEachRemaining(out::add);
        }
        assertEquals(source.stream().map(i -> i * 10).toList(), out);
    }

    @Test
    void mapsOnTheReadingThreadWithoutWorkers() {
        Thread reader = Thread.currentThread();
        try (Lookahead<Integer, Boolean> ahead = new Lookahead<>("test", List.of(1, 2, 3).iterator(),
                i -> Thread.currentThread() == reader, 0, 4)) {
            List<Boolean> onReader = new ArrayList<>();
            ahead.forEachRemaining(onReader::add);
            assertEquals(List.of(true, true, true), onReader);
        }
    }

    @Test
    void rethrowsTheMapsFailureWhenTheFailedItemIsRead() {
        try (Lookahead<Integer, Integer> ahead = new Lookahead<>("test", List.of(1, 2, 3).iterator(), i -> {
            if (i == 2) {
                throw new IllegalArgumentException("bad item 2");
            }
            return i;
        }, 2, 4)) {
            assertEquals(1, ahead.next());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ahead::next);
            assertEquals("bad item 2", e.getMessage());
            assertEquals(3, ahead.next());
            assertFalse(ahead.hasNext());
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
