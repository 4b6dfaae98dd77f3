package io.newsfold.nlp.core;

import java.time.Instant;
import java.util.List;

/**
 * The one entry point: entities with canonical keys and claims (quotes, attributions, numbers, dates) of one
 * article, from a single NER pass. Thread-safe when its {@link NerEngine} is; share one instance.
 */
public final class ArticleAnalyzer {

    private final NerEngine ner;
    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();
    private final ClaimExtractor claims = new ClaimExtractor(canonicalizer);

    public ArticleAnalyzer(NerEngine ner) {
        this.ner = ner;
    }

    /** Loads the CoreNLP model (several seconds, about 350 MB of heap). */
    public static ArticleAnalyzer withCoreNlp() {
        return new ArticleAnalyzer(new CoreNlpNerEngine());
    }

    /**
     * @param text        the article as plain text; every offset in the result indexes into it
     * @param publishedAt publication instant, or null; relative dates ("on Monday") resolve only when present
     */
    public ArticleAnalysis analyze(String text, Instant publishedAt) {
        return analyze(ner.annotate(text), publishedAt);
    }

    /** For callers that already hold the annotation (the benchmark times the two stages apart). */
    public ArticleAnalysis analyze(AnnotatedText annotated, Instant publishedAt) {
        List<Entity> entities = canonicalizer.canonicalize(annotated.mentions());
        return new ArticleAnalysis(entities, claims.extract(annotated, entities, publishedAt));
    }

    public NerEngine ner() {
        return ner;
    }
}
