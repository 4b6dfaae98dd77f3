package io.newsfold.contracts;

/**
 * Names and tags of the pipeline's own metrics, the same in every service so that one dashboard reads all four.
 * In Prometheus output the counter is {@code newsfold_articles_processed_total{stage,outcome}} and the timer
 * {@code newsfold_stage_duration_seconds_bucket|count|sum|max{stage}}. Kafka consumer lag comes from the Kafka
 * client's own metrics ({@code kafka_consumer_fetch_manager_records_lag*}), which Quarkus binds by itself.
 */
public final class Metrics {

    /** Counter: the units of work a stage finished, by {@link #STAGE} and {@link #OUTCOME}. */
    public static final String ARTICLES_PROCESSED = "newsfold.articles.processed";

    /** Timer with a percentile histogram: how long one unit of a stage's work took, by {@link #STAGE}. */
    public static final String STAGE_DURATION = "newsfold.stage.duration";

    public static final String STAGE = "stage";
    public static final String OUTCOME = "outcome";

    /** Values of the {@link #STAGE} tag: one for each service's work on an article or event. */
    public static final class Stages {
        /** ingest-service: parse, validate, normalise, store and publish one submitted article. */
        public static final String INGEST = "ingest";
        /** nlp-service: read and enrich one ingested article. */
        public static final String NLP = "nlp";
        /** dedupe-service: assign one enriched article and publish what changed. */
        public static final String DEDUPE = "dedupe";
        /** api-gateway: write one event of any topic into the read model. */
        public static final String PROJECTION = "projection";

        private Stages() {
        }
    }

    /** Values of the {@link #OUTCOME} tag. */
    public static final class Outcomes {
        public static final String OK = "ok";
        /** Refused for good: answered with a 4xx or sent to a dead-letter topic; no retry would help. */
        public static final String REFUSED = "refused";
        /** Anything else that went wrong (database, broker): the work may succeed when it is tried again. */
        public static final String FAILED = "failed";

        private Outcomes() {
        }
    }

    private Metrics() {
    }
}
