package io.newsfold.dedupe.core.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    @Test
    void ranksStoriesBySharedKeysThenByLowerNumber() {
        CandidateIndex index = new CandidateIndex();
        index.list(1, List.of("k:geneva"));
        index.list(2, List.of("k:geneva", "t:talks", "t:ceasefire"));
        index.list(3, List.of("k:geneva", "t:talks"));
        index.list(4, List.of("t:talks"));
        assertArrayEquals(new int[] {2, 3}, index.candidates(List.of("k:geneva", "t:talks", "t:ceasefire"), 2, 100));
        assertArrayEquals(new int[] {1, 2, 3, 4}, index.candidates(List.of("k:geneva", "t:talks"), 8, 100));
        assertEquals(7, index.size());
    }

    @Test
    void crowdedKeysPastTheBudgetCountOnlyForStoriesAlreadyFound() {
        CandidateIndex index = new CandidateIndex();
        for (int n = 1; n <= 50; n++) {
            index.list(n, List.of("t:monday"));
        }
        index.list(51, List.of("k:rare", "t:monday"));
        index.list(52, List.of("k:rare"));
        // The rare key is walked; Monday's 51 listings are over the budget, so only 51 and 52 are found, and 51
        // shares both keys.
        assertArrayEquals(new int[] {51}, index.candidates(List.of("k:rare", "t:monday"), 1, 10));
        assertArrayEquals(new int[] {51, 52}, index.candidates(List.of("k:rare", "t:monday"), 8, 10));
    }

    @Test
    void ranksTheStoriesSharingMostWalkedKeysByEveryKeyTheyShare() {
        Random random = new Random(3);
        CandidateIndex index = new CandidateIndex();
        Map<Integer, Set<String>> keysOf = new HashMap<>();
        for (int n = 1; n <= 400; n++) {
            Set<String> keys = new HashSet<>();
            for (int j = 0; j < 12; j++) {
                // Skewed: a few keys are listed under most stories, most under a few.
                keys.add("t:" + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 200));
            }
            keysOf.put(n, keys);
            index.list(n, List.copyOf(keys));
        }
        for (int q = 0; q < 200; q++) {
            List<String> query = new ArrayList<>(keysOf.get(1 + random.nextInt(400)));
            query.add("t:" + random.nextInt(200));
            query = List.copyOf(new HashSet<>(query));
            int budget = 20 + random.nextInt(200);
            int max = 1 + random.nextInt(12);
            assertArrayEquals(expected(keysOf, query, max, budget), index.candidates(query, max, budget),
                    "query " + q);
        }
    }

    /**
     * The specification: stories found on the keys walked rarest first; if keys were left unwalked, only the
     * {@value CandidateIndex#CROWDED_CHECKS_PER_CANDIDATE} × max sharing most walked keys (then first found) stay;
     * ranked by every key they share. Stories here are listed in number order, so a key finds them in that order.
     */
    private static int[] expected(Map<Integer, Set<String>> keysOf, List<String> query, int max, int budget) {
        Map<String, Integer> listings = new HashMap<>();
        for (String key : query) {
            listings.put(key, (int) keysOf.values().stream().filter(k -> k.contains(key)).count());
        }
        List<String> byRarity = new ArrayList<>(query.stream().filter(k -> listings.get(k) > 0).toList());
        byRarity.sort(Comparator.comparingInt(listings::get));
        List<Integer> found = new ArrayList<>();
        Map<Integer, Integer> walkedShared = new HashMap<>();
        int walked = 0;
        int walkedKeys = 0;
        for (String key : byRarity) {
            if (walked > 0 && walked + listings.get(key) > budget) {
                break;
            }
            walked += listings.get(key);
            walkedKeys++;
            for (int n = 1; n <= keysOf.size(); n++) {
                if (keysOf.get(n).contains(key) && walkedShared.merge(n, 1, Integer::sum) == 1) {
                    found.add(n);
                }
            }
        }
        List<Integer> checked = new ArrayList<>(found);
        if (walkedKeys < byRarity.size()) {
            checked.sort(Comparator.comparingInt((Integer n) -> walkedShared.get(n)).reversed());
            checked = checked.subList(0, Math.min(checked.size(), CandidateIndex.CROWDED_CHECKS_PER_CANDIDATE * max));
        }
        Comparator<Integer> rank = Comparator.comparingInt((Integer n) ->
                (int) query.stream().filter(keysOf.get(n)::contains).count()).reversed()
                .thenComparing(Comparator.naturalOrder());
        return checked.stream().sorted(rank).limit(max).sorted().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void anUnlistedStoryIsNeverFoundAndCanBeListedAgainWithoutCountingTwice() {
        CandidateIndex index = new CandidateIndex();
        index.list(1, List.of("k:aleppo", "t:siege"));
        index.list(2, List.of("k:aleppo"));
        // Enough other listings that unlisting story 1 leaves too few dead entries to compact: its stale entries
        // are still in the arrays when it is listed again.
        for (int n = 10; n < 40; n++) {
            index.list(n, List.of("k:other" + n));
        }
        index.unlist(1);
        assertFalse(index.isListed(1));
        assertArrayEquals(new int[] {2}, index.candidates(List.of("k:aleppo", "t:siege"), 8, 100));
        assertEquals(31, index.size());

        index.list(1, List.of("k:aleppo"));
        index.list(3, List.of("k:aleppo", "t:siege"));
        assertTrue(index.isListed(1));
        // Story 1 shares one key now: if its old entries were still counted it would tie with 3 and win on number.
        assertArrayEquals(new int[] {3}, index.candidates(List.of("k:aleppo", "t:siege"), 1, 100));
        assertArrayEquals(new int[] {1, 2, 3}, index.candidates(List.of("k:aleppo"), 8, 100));
        assertEquals(34, index.size());
    }

    @Test
    void aMovedStoryIsFoundUnderTheAbsorbingNumberOnlyOnceAKey() {
        CandidateIndex index = new CandidateIndex();
        index.list(1, List.of("k:aleppo", "t:siege"));
        index.list(2, List.of("k:aleppo", "t:convoy"));
        index.move(2, 1);
        assertFalse(index.isListed(2));
        assertEquals(3, index.size());
        assertArrayEquals(new int[] {1}, index.candidates(List.of("k:aleppo", "t:convoy", "t:siege"), 8, 100));
        // Story 2 was all the convoy key held: unlisting it compacts, and the key must survive for story 1.
        assertArrayEquals(new int[] {1}, index.candidates(List.of("t:convoy"), 8, 100));
    }

    @Test
    void compactingAfterManyStoriesLeaveKeepsEveryLiveStoryFindable() {
        CandidateIndex index = new CandidateIndex();
        for (int n = 1; n <= 1000; n++) {
            index.list(n, List.of("t:common", "k:s" + n));
        }
        for (int n = 1; n <= 1000; n++) {
            if (n % 10 != 0) {
                index.unlist(n);
            }
        }
        assertEquals(200, index.size());
        int[] found = index.candidates(List.of("t:common"), 1000, 100_000);
        assertEquals(100, found.length);
        for (int i = 0; i < found.length; i++) {
            assertEquals((i + 1) * 10, found[i]);
        }
        assertArrayEquals(new int[0], index.candidates(List.of("k:s11"), 8, 100));
    }
}
