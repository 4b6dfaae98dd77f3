package io.newsfold.dedupe.core.reuse;

import java.util.Optional;

/**
 * Texts of indexed articles, needed to align a candidate found through the index. The service reads them from its
 * own table; the benchmark regenerates them from the corpus generator rather than holding a million texts.
 */
public interface ArticleTextStore {

    Optional<String> text(String articleId);
}
