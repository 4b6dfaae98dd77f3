package io.newsfold.gateway.rest;

import io.newsfold.gateway.query.InvalidRequestException;

final class Paging {

    static final int MAX_LIMIT = 100;

    private Paging() {
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("invalid-limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    static String cursor(String cursor) {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }
}
