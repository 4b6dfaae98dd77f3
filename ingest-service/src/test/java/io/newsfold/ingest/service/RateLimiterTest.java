package io.newsfold.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong clock = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(2, 3, clock::get);

    @Test
    void letsABurstThroughThenRefillsAtTheRate() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("wire"));
        }
        long wait = limiter.acquire("wire");
        assertTrue(wait > 0 && wait <= 500_000_000L, "half a second for one token at 2/s: " + wait);

        clock.addAndGet(500_000_000L);
        assertEquals(0, limiter.acquire("wire"));
        assertTrue(limiter.acquire("wire") > 0);
    }

    @Test
    void keepsOneBucketPerCallerAndNeverMoreThanTheBurst() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("wire");
        }
        assertEquals(0, limiter.acquire("lakeside"), "another key has its own bucket");

        clock.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("wire"));
        }
        assertTrue(limiter.acquire("wire") > 0, "a long pause refills up to the burst only");
    }
}
