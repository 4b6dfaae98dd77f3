package io.newsfold.dedupe.service;

import io.newsfold.dedupe.core.reuse.ArticleTextStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of the articles inside the reuse window, with where each body starts: alignment needs the text, and
 * passage ranges are published relative to the body. The pipeline drops an article when it leaves the window.
 */
final class WindowTexts implements ArticleTextStore {

    private final Map<String, ArticleText> texts = new HashMap<>();

    void put(String articleId, ArticleText text) {
        texts.put(articleId, text);
    }

    @Override
    public Optional<String> text(String articleId) {
        return Optional.ofNullable(texts.get(articleId)).map(ArticleText::full);
    }

    /** Where the article's body starts in its full text; 0 for an article no longer held. */
    int bodyOffset(String articleId) {
        ArticleText text = texts.get(articleId);
        return text == null ? 0 : text.bodyOffset();
    }

    @Override
    public void forget(String articleId) {
        texts.remove(articleId);
    }

    int size() {
        return texts.size();
    }
}
