package io.newsfold.dedupe.core.bench;

import io.newsfold.dedupe.core.reuse.ArticleTextStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's article store: a bounded cache of recent texts, as the service would keep, in front of the
 * generator, which stands in for the database. Counts misses so the report can say how often it "went to disk".
 */
final class RegeneratingTextStore implements ArticleTextStore {
    private final SyndicatedCorpus corpus;
    private final Map<String, String> recent;
    private long misses;

    RegeneratingTextStore(SyndicatedCorpus corpus, int cacheSize) {
        this.corpus = corpus;
        this.recent = new LinkedHashMap<>(cacheSize * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > cacheSize;
            }
        };
    }

    void put(String id, String text) {
        recent.put(id, text);
    }

    @Override
    public Optional<String> text(String articleId) {
        String t = recent.get(articleId);
        if (t == null) {
            misses++;
            t = corpus.text(SyndicatedCorpus.index(articleId));
        }
        return Optional.of(t);
    }

    long misses() {
        return misses;
    }
}
