package io.newsfold.dedupe.core.family;

public enum MemberRole {
    ORIGIN,
    /** Nearly all of it is found in another member. */
    COPY,
    /** Shares substantial passages with another member but also carries its own text. */
    PARTIAL
}
