package io.newsfold.dedupe.core.family;

import java.time.Instant;
import java.util.List;

/**
 * What the ingest side knows about where an article came from.
 *
 * @param wireCredits agencies the article credits ("Reuters", "AP"), as given or detected upstream
 * @param outlet      who published this copy, or null; an agency publishing its own story is the strongest
 *                    origin signal there is
 * @param publishedAt publication time, or null when the page had none
 */
public record Provenance(List<String> wireCredits, String outlet, Instant publishedAt) {

    public Provenance {
        wireCredits = wireCredits == null ? List.of() : List.copyOf(wireCredits);
    }

    public static Provenance unknown() {
        return new Provenance(List.of(), null, null);
    }
}
