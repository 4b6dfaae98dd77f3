package io.newsfold.dedupe.core.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

    private static Set<String> terms(String... t) {
        return new LinkedHashSet<>(List.of(t));
    }

    @Test
    void countsAsWithoutLookAheadWhenATermLookedUpAheadWasNumberedMeanwhile() {
        DocumentFrequencies ahead = new DocumentFrequencies();
        DocumentFrequencies plain = new DocumentFrequencies();
        ahead.add(terms("convoy", "aleppo"));
        plain.add(terms("convoy", "aleppo"));
        Set<String> later = terms("aleppo", "ceasefire", "convoy");
        int[] known = ahead.known(later);
        assertArrayEquals(new int[] {1, -1, 0}, known);
        // Another article numbers "ceasefire" between the look-up and the count.
        ahead.add(terms("ceasefire"));
        plain.add(terms("ceasefire"));

        assertArrayEquals(plain.add(later), ahead.add(later, known));
        assertArrayEquals(new int[] {1, 2, 0}, ahead.known(later));
        assertEquals(plain.idf("ceasefire"), ahead.idf("ceasefire"));
        assertEquals(plain.idf("aleppo"), ahead.idf("aleppo"));
    }
}
