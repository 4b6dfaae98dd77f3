package io.newsfold.infra;

import java.time.Duration;

/** Servers a test can stop and start again on the same address and data, while the services keep running. */
public interface RestartableInfra {

    /** Shuts the broker down, leaves it down for {@code down}, and starts it again on its port and log. */
    void restartKafka(Duration down);

    /** Stops PostgreSQL, leaves it down for {@code down}, and starts it again on its port and data directory. */
    void restartPostgres(Duration down);
}
