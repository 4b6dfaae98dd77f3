package io.newsfold.gateway.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page ends, as an opaque token: the sort it belongs to, the sort key of the last row and its id. For the
 * recency sort the key (creation or publish time) never changes, so paging neither skips nor repeats; for the size
 * sort a story that grows while a reader pages may move past the cursor.
 */
public record Cursor(String sort, String key, String id) {

    public String encode() {
        String raw = sort + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token, String expectedSort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
            // A NUL could never have been issued, and PostgreSQL text cannot take it.
            if (parts.length != 3 || !parts[0].equals(expectedSort) || parts[2].indexOf('\0') >= 0) {
                throw new IllegalArgumentException("wrong sort");
            }
            return new Cursor(parts[0], parts[1], parts[2]);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    /** The key of a recency cursor; a forged one is the client's error, not ours. */
    public Instant instantKey() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /** The key of a size cursor. */
    public long longKey() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException("invalid-cursor", "cursor is not one this API issued for this sort");
    }
}
