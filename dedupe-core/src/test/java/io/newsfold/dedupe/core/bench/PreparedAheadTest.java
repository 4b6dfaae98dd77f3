package io.newsfold.dedupe.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.DedupeOutcome;
import io.newsfold.dedupe.core.DedupePipeline;
import io.newsfold.dedupe.core.IncomingArticle;
import io.newsfold.dedupe.core.Lookahead;
import io.newsfold.dedupe.core.PreparedArticle;
import io.newsfold.dedupe.core.duplicate.InMemoryNearDuplicateIndex;
import io.newsfold.dedupe.core.family.Provenance;
import io.newsfold.dedupe.core.reuse.InMemoryFingerprintIndex;
import io.newsfold.dedupe.core.reuse.ReuseSettings;
import io.newsfold.dedupe.core.story.CapitalisedWordKeys;
import io.newsfold.dedupe.core.story.StoryClusteringParams;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PreparedAheadTest {
    private static final int ARTICLES = 1000;
    private final SyndicatedCorpus corpus = new SyndicatedCorpus(7, 0.35, 2000);

    private IncomingArticle article(int i) {
        String text = corpus.text(i);
        return new IncomingArticle(SyndicatedCorpus.id(i), text,
                new Provenance(List.of(), null, corpus.publishedAt(i)), CapitalisedWordKeys.of(text));
    }

    private record Run(String digest, int links, int merges) {
    }

    private Run decide(int prepareThreads) {
        RegeneratingTextStore store = new RegeneratingTextStore(corpus, 5000);
        DedupePipeline pipeline = new DedupePipeline(new InMemoryNearDuplicateIndex(), 0.8,
                new InMemoryFingerprintIndex(), store, ReuseSettings.standard(), StoryClusteringParams.standard());
        DecisionDigest digest = new DecisionDigest();
        int links = 0;
        int merges = 0;
        Function<Integer, IncomingArticle> toArticle = this::article;
        try (Lookahead<Integer, PreparedArticle> ahead = new Lookahead<>("test-prepare",
                IntStream.range(0, ARTICLES).iterator(), toArticle.andThen(pipeline::prepare), prepareThreads, 64)) {
            while (ahead.hasNext()) {
                PreparedArticle prepared = ahead.next();
                DedupeOutcome outcome = pipeline.process(prepared);
                digest.update(outcome);
                store.put(outcome.articleId(), prepared.article().text());
                links += outcome.reuse().size();
                merges += outcome.story().merges().size();
            }
        }
        return new Run(digest.hex(), links, merges);
    }

    @Test
    void decidesEveryArticleAsInlineWhenTextsArePreparedAheadOnOtherThreads() {
        Run inline = decide(0);
        Run ahead = decide(3);
        assertTrue(inline.links() > 100, "the corpus must exercise reuse: " + inline.links());
        assertEquals(inline, ahead);
    }
}
