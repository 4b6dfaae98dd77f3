package io.newsfold.nlp.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {

    // A Monday.
    private static final Instant PUBLISHED = Instant.parse("2016-08-15T09:30:00Z");

    private static LocalDate only(String text, Instant published) {
        List<Claim> dates = new DateResolver().extract(text, published);
        assertEquals(1, dates.size(), () -> "dates in: " + text + " -> " + dates);
        return dates.get(0).date();
    }

    @Test
    void resolvesWeekdaysAgainstThePublicationDay() {
        assertEquals(LocalDate.of(2016, 8, 15), only("The envoy spoke on Monday.", PUBLISHED));
        assertEquals(LocalDate.of(2016, 8, 11), only("The envoy spoke last Thursday.", PUBLISHED));
        assertEquals(LocalDate.of(2016, 8, 12), only("The envoy spoke on Friday.", PUBLISHED));
    }

    @Test
    void readsAWeekdayForwardWhenTheSentenceSpeaksOfTheFuture() {
        assertEquals(LocalDate.of(2016, 8, 19), only("The envoy will return on Friday.", PUBLISHED));
    }

    @Test
    void resolvesMonthAndDayWithAndWithoutYear() {
        assertEquals(LocalDate.of(2016, 7, 28), only("A picture released on July 28, 2016.", null));
        assertEquals(LocalDate.of(2016, 8, 15), only("The talks opened August 15.", PUBLISHED));
        assertEquals(LocalDate.of(2015, 12, 30), only("The talks opened Dec. 30.", Instant.parse("2016-01-04T00:00:00Z")));
    }

    @Test
    void leavesRelativeDatesUnresolvedWithoutAPublicationDate() {
        assertTrue(new DateResolver().extract("The envoy spoke on Monday and yesterday.", null).isEmpty());
    }

    @Test
    void keepsTheExpressionAndItsOffsets() {
        String text = "Officials met yesterday in the capital.";
        Claim c = new DateResolver().extract(text, PUBLISHED).get(0);
        assertEquals("yesterday", text.substring(c.start(), c.end()));
        assertEquals("yesterday", c.expression());
        assertEquals(LocalDate.of(2016, 8, 14), c.date());
    }

    @Test
    void doesNotTakeTheModalMayForAMonth() {
        assertTrue(new DateResolver().extract("The ministers may meet again.", PUBLISHED).isEmpty());
    }
}
