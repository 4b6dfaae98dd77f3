package io.newsfold.dedupe.core.reuse;

import java.time.Instant;
import java.util.List;

/**
 * Fingerprint to postings, bounded by time: the service backs it with a table keyed by fingerprint, the benchmark
 * and tests with {@link InMemoryFingerprintIndex}.
 */
public interface FingerprintIndex {

    void add(String articleId, Instant indexedAt, List<Fingerprint> fingerprints);

    /**
     * Postings of the given fingerprints. A fingerprint with more than {@code maxPostingsPerFingerprint} live
     * postings is common (boilerplate, stock phrases, or a much-reprinted story): only its newest
     * {@code commonSample} postings are returned, marked {@link Posting#common()}. Postings come fingerprint by
     * fingerprint, and one article's postings of a fingerprint next to each other: the detector counts distinct
     * shared fingerprints by skipping a repeat of the previous posting only.
     */
    List<Posting> lookup(long[] fingerprints, int maxPostingsPerFingerprint, int commonSample);

    /** How many fingerprints the article was indexed with, or -1 if it is not (or no longer) indexed. */
    int fingerprintCount(String articleId);

    /** Drops every article indexed before {@code cutoff}; returns how many were dropped. */
    int pruneBefore(Instant cutoff);

    int articleCount();

    long postingCount();
}
