package io.newsfold.dedupe.core.reuse;

import java.time.Duration;

/**
 * Tuning of the online reuse detector.
 *
 * @param k                      words per k-gram; five keeps a single edited word from hiding more than five
 *                               k-grams, while five-word stock phrases are still rare enough to be selective
 * @param window                 winnowing window; with k = 5 and 8 every shared run of 12 or more words is
 *                               guaranteed to reach the index, and about 22% of k-grams are stored
 * @param minSharedFingerprints  candidates sharing fewer distinct uncommon fingerprints are not aligned; three
 *                               means a shared run of about fifteen words or more, or several shorter ones
 * @param maxPostingsPerFingerprint fingerprints held by more live articles are common: only their newest
 *                               {@code commonSample} postings are used
 * @param commonSample           newest postings kept for a common fingerprint, so that the latest copies of a much
 *                               reprinted story are still found
 * @param minSharedCommon        candidates reached only through common fingerprints need this many: a reprint
 *                               shares dozens, a site's chrome or a stock phrase a handful
 * @param maxCandidates          at most this many candidates are aligned, most shared fingerprints first; this
 *                               bounds the cost of an article whose story has been reprinted hundreds of times
 *                               (it still links to the closest copies, which is enough to join the family)
 * @param indexWindow            how long an article stays findable; syndicated copies appear within hours or days
 */
public record ReuseSettings(int k, int window, int minSharedFingerprints, int maxPostingsPerFingerprint,
                            int commonSample, int minSharedCommon, int maxCandidates, Duration indexWindow,
                            ReuseThresholds thresholds) {

    public static ReuseSettings standard() {
        return new ReuseSettings(5, 8, 3, 100, 8, 12, 32, Duration.ofDays(7), ReuseThresholds.standard());
    }

    public ReuseSettings withIndexWindow(Duration window) {
        return new ReuseSettings(k, this.window, minSharedFingerprints, maxPostingsPerFingerprint, commonSample,
                minSharedCommon, maxCandidates, window, thresholds);
    }
}
