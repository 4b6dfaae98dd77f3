package io.newsfold.nlp.core;

public enum ClaimKind {
    /** Words inside quotation marks attributed to a speaker. */
    QUOTE,
    /** Reported speech without quotation marks: "X said that ...", "according to X, ...". */
    ATTRIBUTION,
    /** A counted quantity: "some 2 million people". */
    NUMBER,
    /** A date expression resolved against the publication date. */
    DATE
}
