package io.newsfold.ingest.persistence;

/**
 * What storing a submission did: stored a new version, or found the same content already stored (under this id, or
 * under another id with the same canonical URL).
 */
public record StoreOutcome(StoredVersion version, boolean duplicate) {
}
