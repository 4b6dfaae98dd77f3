package io.newsfold.dedupe.core.reuse;

import java.util.Optional;

/**
 * Texts of indexed articles, needed to align a candidate found through the index. The service reads them from its
 * own table; the benchmark regenerates them from the corpus generator rather than holding a million texts.
 */
public interface ArticleTextStore {

    Optional<String> text(String articleId);

    /**
     * Called when the article leaves the reuse window: no later article can be aligned with it, so a store that
     * holds texts drops this one. One that regenerates or reads texts on demand holds nothing to drop.
     */
    default void forget(String articleId) {
    }
}
