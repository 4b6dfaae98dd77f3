package io.newsfold.dedupe.core.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inverted index from index keys (an article's entity keys and heaviest terms) to the stories listed under
 * them, by story number, and the look-up of an article's candidate stories in it.
 *
 * <p>A key lists its stories as a growing array of numbers, not a set of objects: finding candidates walks
 * thousands of listings an article, and an array walk reads them in order where a hash set chased three pointers
 * per listing (that walk was a third of the whole dedupe pipeline's time at 200,000 indexed articles). A story
 * leaves the index lazily: it is marked dead in the count array the walk already reads, skipped from then on, and
 * its entries are cut from the arrays once dead entries reach an eighth of the live ones, so walking them costs
 * little and compacting costs a bounded amount per entry.
 */
final class CandidateIndex {
    /**
     * The count of a story that left the index. Walks add one per dead listing they pass, and a compaction resets
     * it, so it stays far below zero and never reads as a first hit.
     */
    private static final int DEAD = Integer.MIN_VALUE / 2;

    /** One key's listings. */
    private static final class Posting {
        final String key;
        /** Its number among the postings held: stories keep the numbers of the postings they are listed in. */
        final int id;
        int[] numbers = new int[2];
        /** Entries held, dead ones included. */
        int size;
        /** Entries of stories still listed: the size the walk's budget counts. */
        int live;

        Posting(String key, int id) {
            this.key = key;
            this.id = id;
        }

        void append(int number) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            numbers[size++] = number;
            live++;
        }
    }

    private final Map<String, Posting> byKey = new HashMap<>();
    /** By posting id (null: free). */
    private final List<Posting> postings = new ArrayList<>();
    /** Ids of postings dropped by a compaction, for reuse, so ids stay as few as the keys held. */
    private int[] freeIds = new int[16];
    private int freeCount;
    /**
     * By story number: the ids of the postings the story is listed in, ascending, or null when it is not listed.
     * Counting a crowded key for a found story is a binary search in one small array, where a hash set's look-up
     * read three objects scattered over the heap.
     */
    private final List<int[]> listedIn = new ArrayList<>();
    /**
     * By story number: shared keys counted during a look-up (zero between look-ups), or {@link #DEAD}. One array
     * serves both so the walk makes one random read a listing.
     */
    private int[] counts = new int[1024];
    /** Postings holding entries of stories that left the index. */
    private final Set<Posting> holdingDead = new HashSet<>();
    private long livePostings;
    private long deadEntries;

    /** Lists story {@code number} under each of {@code keys} it is not listed under yet. */
    void list(int number, List<String> keys) {
        // First, since relisting a story that left compacts, which may drop postings.
        int[] listed = listedIn(number);
        int[] ids = new int[keys.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = byKey.computeIfAbsent(keys.get(i), this::newPosting).id;
        }
        Arrays.sort(ids);
        listUnder(number, listed, ids);
    }

    /** Lists story {@code into} under every key story {@code from} was listed under, and unlists {@code from}. */
    void move(int from, int into) {
        int[] moved = from < listedIn.size() ? listedIn.get(from) : null;
        if (moved == null) {
            return;
        }
        // Listed under them before the unlisting can compact: a compaction drops a posting left without listings.
        listUnder(into, listedIn(into), moved);
        unlist(from);
    }

    /**
     * Lists the story, now listed in {@code listed}, under the postings of {@code ids} (ascending, repeats allowed)
     * it is not listed in yet.
     */
    private void listUnder(int number, int[] listed, int[] ids) {
        int[] merged = new int[listed.length + ids.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < listed.length || j < ids.length) {
            int next;
            if (j == ids.length || (i < listed.length && listed[i] <= ids[j])) {
                next = listed[i++];
            } else {
                next = ids[j++];
                if (n > 0 && merged[n - 1] == next) {
                    continue;
                }
                postings.get(next).append(number);
                livePostings++;
            }
            merged[n++] = next;
        }
        listedIn.set(number, n == merged.length ? merged : Arrays.copyOf(merged, n));
    }

    private Posting newPosting(String key) {
        if (freeCount > 0) {
            Posting posting = new Posting(key, freeIds[--freeCount]);
            postings.set(posting.id, posting);
            return posting;
        }
        Posting posting = new Posting(key, postings.size());
        postings.add(posting);
        return posting;
    }

    /** Takes story {@code number} out of the index; it can be listed again later. */
    void unlist(int number) {
        int[] listed = number < listedIn.size() ? listedIn.get(number) : null;
        if (listed == null) {
            return;
        }
        for (int id : listed) {
            Posting posting = postings.get(id);
            posting.live--;
            holdingDead.add(posting);
        }
        livePostings -= listed.length;
        deadEntries += listed.length;
        listedIn.set(number, null);
        counts[number] = DEAD;
        if (deadEntries > livePostings / 8) {
            compact();
        }
    }

    boolean isListed(int number) {
        return number < listedIn.size() && listedIn.get(number) != null;
    }

    /** Cuts the entries of stories that left the index out of the arrays, and drops keys nothing is listed under. */
    private void compact() {
        for (Posting posting : holdingDead) {
            int kept = 0;
            for (int i = 0; i < posting.size; i++) {
                int number = posting.numbers[i];
                if (counts[number] < 0) {
                    counts[number] = DEAD;
                } else {
                    posting.numbers[kept++] = number;
                }
            }
            posting.size = kept;
            if (kept == 0) {
                byKey.remove(posting.key);
                postings.set(posting.id, null);
                if (freeCount == freeIds.length) {
                    freeIds = Arrays.copyOf(freeIds, freeCount * 2);
                }
                freeIds[freeCount++] = posting.id;
            } else if (kept < posting.numbers.length / 4) {
                posting.numbers = Arrays.copyOf(posting.numbers, Math.max(2, kept * 2));
            }
        }
        holdingDead.clear();
        deadEntries = 0;
    }

    /** For how many found stories per wanted candidate the crowded keys are looked up. */
    static final int CROWDED_CHECKS_PER_CANDIDATE = 8;

    /** Listings of stories still in the index, for measuring how it grows. */
    long size() {
        return livePostings;
    }

    /**
     * The numbers of the stories sharing most of {@code keys}, at most {@code max}, ascending; ties go to the lower
     * number. Keys are walked rarest first, and once {@code walkBudget} listings have been walked the remaining,
     * more crowded keys only count for the stories already found, and only for the {@value
     * #CROWDED_CHECKS_PER_CANDIDATE} × {@code max} that share most walked keys.
     */
    int[] candidates(List<String> keys, int max, int walkBudget) {
        List<Posting> lists = new ArrayList<>(keys.size());
        for (String key : keys) {
            Posting posting = byKey.get(key);
            if (posting != null && posting.live > 0) {
                lists.add(posting);
            }
        }
        // Rarest first; a stable sort keeps the keys' own order among equals, so the walk is deterministic.
        lists.sort(Comparator.comparingInt(p -> p.live));
        int[] touched = new int[64];
        int found = 0;
        int walked = 0;
        int crowdedFrom = lists.size();
        for (int k = 0; k < lists.size(); k++) {
            Posting posting = lists.get(k);
            if (walked > 0 && walked + posting.live > walkBudget) {
                crowdedFrom = k;
                break;
            }
            walked += posting.live;
            int[] numbers = posting.numbers;
            for (int i = 0, n = posting.size; i < n; i++) {
                int number = numbers[i];
                if (counts[number]++ == 0) {
                    if (found == touched.length) {
                        touched = Arrays.copyOf(touched, found * 2);
                    }
                    touched[found++] = number;
                }
            }
        }
        // Stories by how many walked keys they share, most first (then in the order the walk found them). The
        // crowded keys can add at most their number to a story's count, so once the kept stories share more than a
        // story's count plus that, neither it nor any after it can enter. Nor do more than crowdedChecks of them
        // have their crowded keys looked up: with half a million articles live, that look-up for thousands of
        // stories found on one or two keys was most of an article's cost, and the story an article belongs to
        // shares several of its rarer keys.
        int crowded = lists.size() - crowdedFrom;
        int crowdedChecks = crowded == 0 ? found : CROWDED_CHECKS_PER_CANDIDATE * max;
        int most = 0;
        for (int t = 0; t < found; t++) {
            most = Math.max(most, counts[touched[t]]);
        }
        int[] next = new int[most + 1];
        for (int t = 0; t < found; t++) {
            next[counts[touched[t]]]++;
        }
        for (int c = most, at = 0; c >= 1; c--) {
            int size = next[c];
            next[c] = at;
            at += size;
        }
        int[] byCount = new int[found];
        int[] walkedShared = new int[found];
        for (int t = 0; t < found; t++) {
            int number = touched[t];
            int at = next[counts[number]]++;
            byCount[at] = number;
            walkedShared[at] = counts[number];
            counts[number] = 0;
        }
        // The best few by (shared keys, then lower number), each packed in a long, in a bounded min-heap.
        long[] heap = new long[max];
        int kept = 0;
        for (int t = 0; t < found; t++) {
            int number = byCount[t];
            int shared = walkedShared[t];
            if (t == crowdedChecks
                    || (kept == heap.length && shared + crowded < (int) (heap[0] >>> 32))) {
                break;
            }
            if (crowded > 0) {
                int[] listed = listedIn.get(number);
                for (int k = crowdedFrom; k < lists.size(); k++) {
                    if (Arrays.binarySearch(listed, lists.get(k).id) >= 0) {
                        shared++;
                    }
                }
            }
            long rank = ((long) shared << 32) | (Integer.MAX_VALUE - number);
            if (kept < heap.length) {
                heap[kept++] = rank;
                siftUp(heap, kept - 1);
            } else if (rank > heap[0]) {
                heap[0] = rank;
                siftDown(heap, kept);
            }
        }
        int[] out = new int[kept];
        for (int i = 0; i < kept; i++) {
            out[i] = Integer.MAX_VALUE - (int) heap[i];
        }
        Arrays.sort(out);
        return out;
    }

    private int[] listedIn(int number) {
        while (listedIn.size() <= number) {
            listedIn.add(null);
        }
        if (number >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(number + 1, counts.length * 2));
        }
        int[] listed = listedIn.get(number);
        if (listed == null) {
            if (counts[number] < 0) {
                // Listed again after leaving: its old entries must go first, or a walk would count them too.
                compact();
                counts[number] = 0;
            }
            listed = new int[0];
            listedIn.set(number, listed);
        }
        return listed;
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            long swap = heap[i];
            heap[i] = heap[(i - 1) / 2];
            heap[(i - 1) / 2] = swap;
            i = (i - 1) / 2;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < size && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            long swap = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = swap;
            i = smallest;
        }
    }
}
