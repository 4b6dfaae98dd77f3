package io.newsfold.ingest.service;

import io.newsfold.ingest.service.RejectedArticleException.Reason;

/**
 * Refuses JSON that parses but cannot be stored: PostgreSQL text and jsonb hold neither the NUL character nor half of
 * a surrogate pair, whether written literally or as a {@code \}{@code u} escape. The raw input is stored as it came,
 * so the whole document is checked, unknown fields included.
 */
final class StorableJson {

    private StorableJson() {
    }

    /** @param json a document that has already parsed as JSON */
    static void check(String json) {
        boolean expectLow = false;
        for (int i = 0; i < json.length(); i++) {
            char unit = json.charAt(i);
            if (unit == '\\' && i + 1 < json.length()) {
                if (json.charAt(i + 1) != 'u' || i + 5 >= json.length()) {
                    i++;
                    if (expectLow) {
                        refuse("an unpaired surrogate");
                    }
                    continue;
                }
                unit = (char) Integer.parseInt(json, i + 2, i + 6, 16);
                i += 5;
            }
            if (unit == 0) {
                refuse("a NUL character");
            }
            if (expectLow != Character.isLowSurrogate(unit)) {
                refuse("an unpaired surrogate");
            }
            expectLow = Character.isHighSurrogate(unit);
        }
        if (expectLow) {
            refuse("an unpaired surrogate");
        }
    }

    private static void refuse(String what) {
        throw new RejectedArticleException(Reason.BAD_CHARSET,
                "the JSON holds " + what + " (literal or \\u-escaped), which cannot be stored");
    }
}
