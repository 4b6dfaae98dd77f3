package io.newsfold.dedupe.core;

import io.newsfold.dedupe.core.family.Provenance;
import java.util.List;

/** An article as the dedupe pipeline receives it: text (headline included), provenance, optional entity keys. */
public record IncomingArticle(String id, String text, Provenance provenance, List<String> entityKeys) {

    public IncomingArticle {
        provenance = provenance == null ? Provenance.unknown() : provenance;
        entityKeys = entityKeys == null ? List.of() : List.copyOf(entityKeys);
    }
}
