package io.newsfold.dedupe.core.reuse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact in-memory fingerprint index for a sliding time window.
 *
 * <p>Articles are pruned in the order they were added, so postings form a FIFO: they live in a ring of primitive
 * arrays addressed by a global sequence number, and each fingerprint's postings are a newest-first chain through
 * that ring. Pruning only moves the oldest live sequence number; a chain walk stops at the first posting older than
 * that. The fingerprint table is rebuilt when stale keys pile up. About 16 bytes per posting plus the table; no
 * object per posting, which is what lets a million articles fit in a few gigabytes.
 *
 * <p>Ordering assumption: {@code indexedAt} must not decrease from one {@link #add} to the next (the caller passes
 * its own clock, e.g. the latest event time seen); an article is then pruned exactly one window after it arrived.
 */
public final class InMemoryFingerprintIndex implements FingerprintIndex {
    private static final long NONE = -1;

    // Postings ring, addressed by sequence number modulo capacity.
    private int[] postingArticle = new int[1 << 12];
    private int[] postingPosition = new int[1 << 12];
    private long[] postingNext = new long[1 << 12];
    private long oldestPosting;
    private long nextPosting;

    // Articles ring, addressed by ordinal modulo capacity.
    private String[] articleIds = new String[1 << 8];
    private long[] articleIndexedAt = new long[1 << 8];
    private int[] articleFingerprints = new int[1 << 8];
    private long[] articleFirstPosting = new long[1 << 8];
    private int oldestArticle;
    private int nextArticle;
    private final Map<String, Integer> ordinals = new HashMap<>();

    // Open-addressing table fingerprint -> newest posting sequence number.
    private long[] keys = new long[1 << 12];
    private long[] heads = new long[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int usedSlots;
    private long lastIndexedAt = Long.MIN_VALUE;

    @Override
    public void add(String articleId, Instant indexedAt, List<Fingerprint> fingerprints) {
        long at = indexedAt.toEpochMilli();
        if (at < lastIndexedAt) {
            throw new IllegalArgumentException("indexedAt went backwards: " + indexedAt);
        }
        lastIndexedAt = at;
        if (ordinals.containsKey(articleId)) {
            throw new IllegalArgumentException("already indexed: " + articleId);
        }
        ensureArticleCapacity();
        int ordinal = nextArticle++;
        int slot = ordinal & (articleIds.length - 1);
        articleIds[slot] = articleId;
        articleIndexedAt[slot] = at;
        articleFingerprints[slot] = fingerprints.size();
        articleFirstPosting[slot] = nextPosting;
        ordinals.put(articleId, ordinal);
        ensurePostingCapacity(fingerprints.size());
        for (Fingerprint fp : fingerprints) {
            long seq = nextPosting++;
            int p = (int) (seq & (postingArticle.length - 1));
            postingArticle[p] = ordinal;
            postingPosition[p] = fp.position();
            int t = slotFor(fp.hash());
            if (!used[t]) {
                used[t] = true;
                keys[t] = fp.hash();
                heads[t] = NONE;
                usedSlots++;
            }
            postingNext[p] = heads[t];
            heads[t] = seq;
            if (usedSlots > keys.length * 0.7) {
                rebuildTable();
            }
        }
    }

    @Override
    public List<Posting> lookup(long[] fingerprints, int maxPostingsPerFingerprint, int commonSample) {
        List<Posting> out = new ArrayList<>();
        int[] ords = new int[maxPostingsPerFingerprint + 1];
        int[] positions = new int[maxPostingsPerFingerprint + 1];
        for (long fp : fingerprints) {
            int t = slotFor(fp);
            if (!used[t]) {
                continue;
            }
            int n = 0;
            for (long seq = heads[t]; seq >= oldestPosting && n <= maxPostingsPerFingerprint; ) {
                int p = (int) (seq & (postingArticle.length - 1));
                ords[n] = postingArticle[p];
                positions[n] = postingPosition[p];
                n++;
                seq = postingNext[p];
            }
            boolean common = n > maxPostingsPerFingerprint;
            int keep = common ? Math.min(commonSample, n) : n;
            for (int i = 0; i < keep; i++) {
                out.add(new Posting(fp, articleIds[ords[i] & (articleIds.length - 1)], positions[i], common));
            }
        }
        return out;
    }

    @Override
    public int fingerprintCount(String articleId) {
        Integer ordinal = ordinals.get(articleId);
        return ordinal == null ? -1 : articleFingerprints[ordinal & (articleIds.length - 1)];
    }

    @Override
    public int pruneBefore(Instant cutoff) {
        long limit = cutoff.toEpochMilli();
        int dropped = 0;
        while (oldestArticle < nextArticle) {
            int slot = oldestArticle & (articleIds.length - 1);
            if (articleIndexedAt[slot] >= limit) {
                break;
            }
            ordinals.remove(articleIds[slot]);
            articleIds[slot] = null;
            oldestArticle++;
            dropped++;
        }
        oldestPosting = oldestArticle < nextArticle
                ? articleFirstPosting[oldestArticle & (articleIds.length - 1)]
                : nextPosting;
        return dropped;
    }

    @Override
    public int articleCount() {
        return nextArticle - oldestArticle;
    }

    @Override
    public long postingCount() {
        return nextPosting - oldestPosting;
    }

    /** Bytes held by the index's arrays (ids and the id map excluded), for the benchmark's index-size figure. */
    public long arrayBytes() {
        return (long) postingArticle.length * (4 + 4 + 8) + (long) keys.length * (8 + 8 + 1)
                + (long) articleIds.length * (8 + 8 + 4 + 8);
    }

    public int distinctFingerprintSlots() {
        return usedSlots;
    }

    private int slotFor(long hash) {
        int mask = keys.length - 1;
        // Fingerprints are already mixed hashes; folding the halves keeps the low bits well spread.
        int t = (int) ((hash ^ (hash >>> 32)) & mask);
        while (used[t] && keys[t] != hash) {
            t = (t + 1) & mask;
        }
        return t;
    }

    private void rebuildTable() {
        int live = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i] && heads[i] >= oldestPosting) {
                live++;
            }
        }
        // Power of two at or above live / 0.6: at most 0.6 full after a rebuild, 0.7 before the next.
        int capacity = Integer.highestOneBit(Math.max(1 << 12, (int) (live / 0.6)) - 1) << 1;
        long[] oldKeys = keys;
        long[] oldHeads = heads;
        boolean[] oldUsed = used;
        keys = new long[capacity];
        heads = new long[capacity];
        used = new boolean[capacity];
        usedSlots = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i] && oldHeads[i] >= oldestPosting) {
                int t = slotFor(oldKeys[i]);
                used[t] = true;
                keys[t] = oldKeys[i];
                heads[t] = oldHeads[i];
                usedSlots++;
            }
        }
    }

    private void ensurePostingCapacity(int extra) {
        long needed = nextPosting - oldestPosting + extra;
        if (needed <= postingArticle.length) {
            return;
        }
        int capacity = postingArticle.length;
        while (capacity < needed) {
            capacity <<= 1;
        }
        int[] a = new int[capacity];
        int[] pos = new int[capacity];
        long[] next = new long[capacity];
        for (long seq = oldestPosting; seq < nextPosting; seq++) {
            int from = (int) (seq & (postingArticle.length - 1));
            int to = (int) (seq & (capacity - 1));
            a[to] = postingArticle[from];
            pos[to] = postingPosition[from];
            next[to] = postingNext[from];
        }
        postingArticle = a;
        postingPosition = pos;
        postingNext = next;
    }

    private void ensureArticleCapacity() {
        if (nextArticle - oldestArticle < articleIds.length) {
            return;
        }
        int capacity = articleIds.length << 1;
        String[] ids = new String[capacity];
        long[] at = new long[capacity];
        int[] fps = new int[capacity];
        long[] first = new long[capacity];
        for (int o = oldestArticle; o < nextArticle; o++) {
            int from = o & (articleIds.length - 1);
            int to = o & (capacity - 1);
            ids[to] = articleIds[from];
            at[to] = articleIndexedAt[from];
            fps[to] = articleFingerprints[from];
            first[to] = articleFirstPosting[from];
        }
        articleIds = ids;
        articleIndexedAt = at;
        articleFingerprints = fps;
        articleFirstPosting = first;
    }
}
