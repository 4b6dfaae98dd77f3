package io.newsfold.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to one submission: the article id and version, and whether it was a duplicate and of what. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(String id, int version, String status, DuplicateOf duplicateOf) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";

    public record DuplicateOf(String id, int version) {
    }

    public boolean isDuplicate() {
        return DUPLICATE.equals(status);
    }
}
