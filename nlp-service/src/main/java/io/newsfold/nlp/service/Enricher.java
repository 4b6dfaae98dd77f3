package io.newsfold.nlp.service;

import io.newsfold.contracts.ArticleEnriched;
import io.newsfold.contracts.ArticleIngested;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Turns an ingested article version into its enrichment. A pure function of the event: redelivery is harmless. */
@ApplicationScoped
public class Enricher {

    private final TextSegmenter segmenter = new TextSegmenter();

    public ArticleEnriched enrich(ArticleIngested article) {
        TextSegmenter.Segments segments = segmenter.segment(article.text());
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, article.eventId() + ":enriched",
                article.articleId(), article.version(), article.source(), article.title(), article.text(),
                article.publishedAt(), article.wireCredits(), article.contentHash(), segments.sentences(),
                segments.tokenCount(), List.of(), List.of());
    }
}
