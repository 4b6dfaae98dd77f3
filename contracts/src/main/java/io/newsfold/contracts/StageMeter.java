package io.newsfold.contracts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Times and counts one stage's units of work under the names in {@link Metrics}. Every outcome's counter exists
 * from the start (at zero), so a rate over it is defined before the first failure. Plain Micrometer: each service
 * builds one with the registry Quarkus gives it.
 */
public final class StageMeter {

    /** A unit of work that returns something and may throw. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    /** A unit of work that returns nothing and may throw. */
    @FunctionalInterface
    public interface Task<E extends Exception> {
        void run() throws E;
    }

    private final Timer duration;
    private final Counter ok;
    private final Counter refused;
    private final Counter failed;
    private final Predicate<Throwable> isRefusal;

    /**
     * @param isRefusal which failures are refusals (a 4xx answer, a dead-lettered record); all others count as
     *        failed
     */
    public StageMeter(MeterRegistry registry, String stage, Predicate<Throwable> isRefusal) {
        this.duration = Timer.builder(Metrics.STAGE_DURATION)
                .description("Time one unit of a stage's work took, failures included")
                .tag(Metrics.STAGE, stage)
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
        this.ok = counter(registry, stage, Metrics.Outcomes.OK);
        this.refused = counter(registry, stage, Metrics.Outcomes.REFUSED);
        this.failed = counter(registry, stage, Metrics.Outcomes.FAILED);
        this.isRefusal = isRefusal;
    }

    /** A meter for which a {@link PoisonRecordException} (the record goes to its dead-letter topic) is a refusal. */
    public static StageMeter forConsumer(MeterRegistry registry, String stage) {
        return new StageMeter(registry, stage, PoisonRecordException.class::isInstance);
    }

    private static Counter counter(MeterRegistry registry, String stage, String outcome) {
        return Counter.builder(Metrics.ARTICLES_PROCESSED)
                .description("Units of work a stage finished, by outcome")
                .tag(Metrics.STAGE, stage)
                .tag(Metrics.OUTCOME, outcome)
                .register(registry);
    }

    /** Runs the work, times it and counts its outcome; what it returns or throws is passed on unchanged. */
    public <T, E extends Exception> T record(Work<T, E> work) throws E {
        long started = System.nanoTime();
        try {
            T result = work.call();
            recordDone(System.nanoTime() - started, null);
            return result;
        } catch (Throwable e) {
            recordDone(System.nanoTime() - started, e);
            throw e;
        }
    }

    /**
     * Counts one unit of work done as part of a batch, with its share of the batch's time; {@code failure} is null
     * when it went well.
     */
    public void recordDone(long nanos, Throwable failure) {
        if (failure == null) {
            ok.increment();
        } else {
            (isRefusal.test(failure) ? refused : failed).increment();
        }
        duration.record(Duration.ofNanos(nanos));
    }

    /** As {@link #record(Work)}, for work that returns nothing. */
    public <E extends Exception> void run(Task<E> task) throws E {
        record(() -> {
            task.run();
            return null;
        });
    }
}
