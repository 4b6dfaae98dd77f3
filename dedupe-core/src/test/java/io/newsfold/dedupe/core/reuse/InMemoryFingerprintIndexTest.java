package io.newsfold.dedupe.core.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryFingerprintIndexTest {
    private static final Instant T0 = Instant.parse("2031-03-01T00:00:00Z");

    private static List<Fingerprint> fps(long... hashes) {
        List<Fingerprint> out = new ArrayList<>();
        for (int i = 0; i < hashes.length; i++) {
            out.add(new Fingerprint(hashes[i], i * 3));
        }
        return out;
    }

    @Test
    void returnsPostingsWithArticleAndPositionNewestFirst() {
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex();
        index.add("a", T0, fps(11, 22, 33));
        index.add("b", T0.plusSeconds(1), fps(22, 44));
        List<Posting> hits = index.lookup(new long[] {22, 99}, 10, 2);
        assertEquals(List.of(new Posting(22, "b", 0, false), new Posting(22, "a", 3, false)), hits);
        assertEquals(3, index.fingerprintCount("a"));
        assertEquals(5, index.postingCount());
    }

    @Test
    void pruningDropsArticlesOlderThanTheCutoffAndTheirPostings() {
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex();
        for (int i = 0; i < 5000; i++) {
            index.add("art-" + i, T0.plusSeconds(i), fps(i, i + 1, 7_000_000L + i % 50));
        }
        assertEquals(1000, index.pruneBefore(T0.plusSeconds(1000)));
        assertEquals(4000, index.articleCount());
        assertEquals(-1, index.fingerprintCount("art-999"));
        assertEquals(3, index.fingerprintCount("art-1000"));
        assertEquals(List.of(new Posting(1000, "art-1000", 0, false)), index.lookup(new long[] {1000}, 10, 2));
        assertTrue(index.lookup(new long[] {500}, 10, 2).isEmpty());
        assertEquals(12_000, index.postingCount());
    }

    @Test
    void returnsOnlyTheNewestPostingsOfCommonFingerprintsAndMarksThem() {
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex();
        for (int i = 0; i < 30; i++) {
            index.add("art-" + i, T0, fps(42, 1000 + i));
        }
        List<Posting> common = index.lookup(new long[] {42}, 20, 3);
        assertEquals(List.of("art-29", "art-28", "art-27"), common.stream().map(Posting::articleId).toList());
        assertTrue(common.stream().allMatch(Posting::common));
        List<Posting> rare = index.lookup(new long[] {42}, 30, 3);
        assertEquals(30, rare.size());
        assertTrue(rare.stream().noneMatch(Posting::common));
    }

    @Test
    void refusesTimeGoingBackwardsBecausePruningAssumesArrivalOrder() {
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex();
        index.add("a", T0, fps(1));
        assertThrows(IllegalArgumentException.class, () -> index.add("b", T0.minusSeconds(1), fps(2)));
    }
}
