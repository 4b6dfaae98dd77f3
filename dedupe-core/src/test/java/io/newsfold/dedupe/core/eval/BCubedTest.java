package io.newsfold.dedupe.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void scoresAPerfectClusteringAsOne() {
        BCubed s = BCubed.score(List.of("x", "x", "y"), List.of("a", "a", "b"));
        assertEquals(1.0, s.f1(), 1e-12);
    }

    @Test
    void penalisesMergingTwoEventsInPrecisionOnly() {
        BCubed s = BCubed.score(List.of("x", "x", "x", "x"), List.of("a", "a", "b", "b"));
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(1.0, s.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-12);
    }

    @Test
    void penalisesSplittingAnEventInRecallOnly() {
        BCubed s = BCubed.score(List.of("x", "y", "z"), List.of("a", "a", "a"));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(1.0 / 3, s.recall(), 1e-12);
    }
}
