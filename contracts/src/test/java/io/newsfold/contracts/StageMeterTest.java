package io.newsfold.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class StageMeterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final StageMeter meter = StageMeter.forConsumer(registry, Metrics.Stages.NLP);

    private double count(String outcome) {
        return registry.get(Metrics.ARTICLES_PROCESSED).tag(Metrics.STAGE, Metrics.Stages.NLP)
                .tag(Metrics.OUTCOME, outcome).counter().count();
    }

    @Test
    void countsEachOutcomeAndTimesEveryAttempt() {
        assertEquals(0, count(Metrics.Outcomes.OK), "every outcome is there before the first article");
        assertEquals(0, count(Metrics.Outcomes.FAILED));

        assertEquals("done", meter.record(() -> "done"));
        PoisonRecordException poison = new PoisonRecordException("bad-json", "not an object");
        assertSame(poison, assertThrows(PoisonRecordException.class, () -> meter.run(() -> {
            throw poison;
        })));
        assertThrows(IOException.class, () -> meter.run(() -> {
            throw new IOException("broker gone");
        }));
        meter.run(() -> { });

        assertEquals(2, count(Metrics.Outcomes.OK));
        assertEquals(1, count(Metrics.Outcomes.REFUSED));
        assertEquals(1, count(Metrics.Outcomes.FAILED));
        assertEquals(4, registry.get(Metrics.STAGE_DURATION).tag(Metrics.STAGE, Metrics.Stages.NLP).timer().count());
    }
}
