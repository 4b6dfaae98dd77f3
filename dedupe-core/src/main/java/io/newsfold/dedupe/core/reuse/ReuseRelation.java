package io.newsfold.dedupe.core.reuse;

public enum ReuseRelation {
    /** Nearly all of the smaller article is found in the larger: a reprint, possibly cut or wrapped in chrome. */
    COPY,
    /** Substantial shared passages, but each article also has much of its own. */
    PARTIAL,
    NONE
}
