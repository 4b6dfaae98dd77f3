package io.newsfold.gateway.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of stories ends, as an opaque token. Stories are listed by (created_at, id) descending; both are
 * immutable, so a cursor neither skips nor repeats stories that grow while a reader pages.
 */
public record StoryCursor(Instant createdAt, String storyId) {

    public String encode() {
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "|" + storyId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static StoryCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            String[] time = raw.substring(0, bar).split("\\.");
            Instant createdAt = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new StoryCursor(createdAt, raw.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new InvalidRequestException("invalid-cursor", "cursor is not one this API issued");
        }
    }
}
