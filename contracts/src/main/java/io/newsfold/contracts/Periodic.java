package io.newsfold.contracts;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A service's background chore on its own daemon thread, with a fixed pause between runs. A run that throws ends
 * the schedule, so a task catches and logs its own failures.
 */
public final class Periodic implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private Periodic(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static Periodic every(Duration pause, String threadName, Runnable task) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(task, pause.toMillis(), pause.toMillis(), TimeUnit.MILLISECONDS);
        return new Periodic(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
