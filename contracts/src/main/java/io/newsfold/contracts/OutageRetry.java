package io.newsfold.contracts;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Runs a consumer's unit of work again for as long as it fails because PostgreSQL or the broker is away. Without
 * this, an event that arrives while the database restarts would fail, be dead-lettered and be missing from the
 * state until someone replays it: an outage is not a poison record. The work must be safe to run again, which every
 * consumer here is (one transaction per attempt, idempotent writes). Any other failure is thrown at once, so a
 * poison record still goes to its dead-letter topic.
 */
public final class OutageRetry {

    private static final Logger LOG = Logger.getLogger(OutageRetry.class.getName());

    /**
     * PostgreSQL's SQLSTATEs for "not reachable now": connection exceptions (class 08), the server shutting down or
     * starting (57P01-57P03), too many connections, and transaction conflicts that a retry resolves.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "53300", "40001", "40P01");

    private final Duration giveUpAfter;
    private final Duration maxPause;

    public OutageRetry(Duration giveUpAfter, Duration maxPause) {
        this.giveUpAfter = giveUpAfter;
        this.maxPause = maxPause;
    }

    /**
     * Waits out outages of up to ten minutes, a database failover or a broker restart; past that the failure is
     * thrown, and the record goes to its dead-letter topic, from where {@code newsfold dlq replay} brings it back.
     */
    public static OutageRetry standard() {
        return new OutageRetry(Duration.ofMinutes(10), Duration.ofSeconds(5));
    }

    /** Whether this failure, or anything that caused it, says a server was unreachable rather than the input bad. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonRecordException) {
                return false;
            }
            if (t instanceof RetriableException || t instanceof TimeoutException || t instanceof ConnectException
                    || t instanceof SocketException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the work, again after each outage failure, pausing 100 ms, then twice as long each time up to the cap. */
    public <T, E extends Exception> T call(StageMeter.Work<T, E> work) throws E {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        long pauseMillis = 100;
        int attempt = 1;
        while (true) {
            try {
                T result = work.call();
                if (attempt > 1) {
                    LOG.info(() -> "the outage is over; work done after retrying");
                }
                return result;
            } catch (Exception e) {
                if (!isOutage(e) || System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                    throw e;
                }
                if (attempt == 1) {
                    LOG.log(Level.WARNING, "a server is unreachable; retrying until it is back: " + e);
                }
            }
            attempt++;
            pause(pauseMillis);
            pauseMillis = Math.min(pauseMillis * 2, maxPause.toMillis());
        }
    }

    /** As {@link #call(StageMeter.Work)}, for work that returns nothing. */
    public <E extends Exception> void run(StageMeter.Task<E> task) throws E {
        call(() -> {
            task.run();
            return null;
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out an outage", e);
        }
    }
}
