package io.newsfold.nlp.service;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import io.newsfold.nlp.core.AnnotatedText;
import io.newsfold.nlp.core.ArticleAnalysis;
import io.newsfold.nlp.core.ArticleAnalyzer;
import io.newsfold.nlp.core.Claim;
import io.newsfold.nlp.core.Entity;
import io.newsfold.nlp.core.Speaker;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an ingested article version into its enrichment: one CoreNLP pass gives sentences, tokens and entity
 * mentions; nlp-core's rules add canonical entities and claims. A pure function of the event, so redelivery is
 * harmless. The model is loaded once, at start (so the service is ready only when it can work, and the first
 * article does not wait for the model), and shared by every consumer thread.
 */
@ApplicationScoped
@Startup
public class Enricher {

    private ArticleAnalyzer analyzer;

    /** Not in the constructor: the container also constructs client proxies, which must not load a model. */
    @PostConstruct
    void loadModel() {
        long started = System.nanoTime();
        this.analyzer = ArticleAnalyzer.withCoreNlp();
        Log.infof("NLP model loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    public ArticleEnriched enrich(ArticleIngested article) {
        AnnotatedText annotated = analyzer.ner().annotate(article.text());
        ArticleAnalysis analysis = analyzer.analyze(annotated, article.publishedAt());
        Map<String, String> names = displayNames(analysis.entities());
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, article.eventId() + ":enriched",
                article.articleId(), article.version(), article.source(), article.title(), article.text(),
                article.publishedAt(), article.receivedAt(), article.wireCredits(), article.contentHash(),
                annotated.sentences().stream().map(s -> new ArticleEnriched.Span(s.start(), s.end())).toList(),
                annotated.tokenCount(),
                analysis.entities().stream().map(e -> new ArticleEnriched.Entity(e.text(), e.type().name(),
                        e.canonical(), e.start(), e.end())).toList(),
                analysis.claims().stream().map(c -> claim(c, names)).toList());
    }

    private static ArticleEnriched.Claim claim(Claim c, Map<String, String> names) {
        return new ArticleEnriched.Claim(c.kind().name().toLowerCase(Locale.ROOT), c.text(), c.start(), c.end(),
                speaker(c.speaker(), names), c.value(), c.unit(), c.hedge(), c.subject(),
                c.place() == null ? null : names.getOrDefault(c.place(), c.place()), c.date(),
                c.date() == null ? null : c.expression());
    }

    /** A speaker known as an entity is shown by its fullest name; others by the words that name them. */
    private static ArticleEnriched.Speaker speaker(Speaker s, Map<String, String> names) {
        if (s == null) {
            return null;
        }
        String display = names.get(s.name());
        return new ArticleEnriched.Speaker(display != null ? display : s.name(), display != null ? s.name() : null,
                s.start(), s.end());
    }

    /** Canonical key to the longest mention of it in this article ("Sergei Shoigu" over "Shoigu"). */
    private static Map<String, String> displayNames(List<Entity> entities) {
        Map<String, String> names = new HashMap<>();
        entities.stream().sorted(Comparator.comparingInt((Entity e) -> e.text().length()).reversed())
                .forEach(e -> names.putIfAbsent(e.canonical(), e.text()));
        return names;
    }
}
