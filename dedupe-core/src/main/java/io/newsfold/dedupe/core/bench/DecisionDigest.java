package io.newsfold.dedupe.core.bench;

import io.newsfold.dedupe.core.DedupeOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of every decision of a run, so that a change meant only to make the pipeline faster can be shown to
 * decide exactly as before: same near-duplicates, reuse links with their aligned passages, stories, scores to the
 * last bit, and merges.
 */
final class DecisionDigest {
    private final MessageDigest sha;

    DecisionDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    void update(DedupeOutcome outcome) {
        // Records print every component, doubles exactly.
        String decided = outcome.nearDuplicates() + "|" + outcome.reuse() + "|" + outcome.story() + "\n";
        sha.update(decided.getBytes(StandardCharsets.UTF_8));
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
