package io.newsfold.dedupe.core.reuse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryArticleTextStore implements ArticleTextStore {
    private final Map<String, String> texts = new HashMap<>();

    public void put(String articleId, String text) {
        texts.put(articleId, text);
    }

    @Override
    public Optional<String> text(String articleId) {
        return Optional.ofNullable(texts.get(articleId));
    }

    @Override
    public void forget(String articleId) {
        texts.remove(articleId);
    }

    public int size() {
        return texts.size();
    }
}
