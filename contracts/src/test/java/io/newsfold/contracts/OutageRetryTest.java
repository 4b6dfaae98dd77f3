package io.newsfold.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.junit.jupiter.api.Test;

class OutageRetryTest {

    private final OutageRetry retry = new OutageRetry(Duration.ofSeconds(5), Duration.ofMillis(200));

    @Test
    void tellsAnUnreachableServerFromABadRecord() {
        assertTrue(OutageRetry.isOutage(new IllegalStateException("cannot store",
                new SQLException("I/O error", "08006"))), "connection lost, wrapped");
        assertTrue(OutageRetry.isOutage(new SQLException("terminating connection", "57P01")), "admin shutdown");
        assertTrue(OutageRetry.isOutage(new RuntimeException(new ExecutionException(
                new NotLeaderOrFollowerException("moving")))), "Kafka's retriable errors");
        assertTrue(OutageRetry.isOutage(new IllegalStateException(new ConnectException("refused"))));

        assertFalse(OutageRetry.isOutage(new PoisonRecordException("bad-json", "not an object")));
        assertFalse(OutageRetry.isOutage(new SQLException("duplicate key", "23505")), "a constraint is the data's");
        assertFalse(OutageRetry.isOutage(new IllegalArgumentException("no such story")));
        assertFalse(OutageRetry.isOutage(new PoisonRecordException("bad-json", "x", new ConnectException("no"))),
                "a poison record stays poison whatever it wraps");
    }

    @Test
    void runsTheWorkAgainUntilTheServerIsBack() {
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.call(() -> {
            if (attempts.incrementAndGet() < 4) {
                throw new IllegalStateException(new SQLException("the database system is starting up", "57P03"));
            }
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(4, attempts.get());
    }

    @Test
    void throwsOtherFailuresAtOnceSoThePoisonRecordIsDeadLettered() {
        AtomicInteger attempts = new AtomicInteger();
        PoisonRecordException poison = new PoisonRecordException("unknown-schema-version", "9");
        assertSame(poison, assertThrows(PoisonRecordException.class, () -> retry.run(() -> {
            attempts.incrementAndGet();
            throw poison;
        })));
        assertEquals(1, attempts.get());
    }

    @Test
    void givesUpWhenTheOutageOutlastsItsPatience() {
        OutageRetry impatient = new OutageRetry(Duration.ofMillis(600), Duration.ofMillis(100));
        AtomicInteger attempts = new AtomicInteger();
        long started = System.nanoTime();
        assertThrows(IllegalStateException.class, () -> impatient.run(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException(new ConnectException("refused"));
        }));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(attempts.get() > 2, "retried before giving up: " + attempts.get());
        assertTrue(tookMillis < 2000, "gave up near its deadline, after " + tookMillis + " ms");
    }
}
