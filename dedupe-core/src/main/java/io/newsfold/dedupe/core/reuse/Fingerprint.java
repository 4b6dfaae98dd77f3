package io.newsfold.dedupe.core.reuse;

/** A selected word-k-gram hash and the token index where its k-gram starts. */
public record Fingerprint(long hash, int position) {
}
