package io.newsfold.dedupe.core.reuse;

/**
 * One occurrence of a fingerprint in an indexed article. {@code common} marks a fingerprint held by more live
 * articles than the index's cap: only its newest postings are returned, and it is weak evidence on its own
 * (site chrome, stock phrases) but strong in numbers (a wire story reprinted by many sites).
 */
public record Posting(long fingerprint, String articleId, int position, boolean common) {
}
