package io.newsfold.contracts;

import java.util.List;
import java.util.stream.Stream;

/** The topic catalogue: every topic the system reads or writes, with its key and value contract. */
public final class Topics {

    /** Partitions per topic: enough for two instances of each consumer on a small machine. */
    public static final int PARTITIONS = 4;

    public static final Topic ARTICLES_SUBMITTED = new Topic(
            "newsfold.articles.submitted", Channels.ARTICLES_SUBMITTED,
            "any (article id if the producer has one)",
            "the input topic for feeders: keys are optional, ingest derives the article id itself",
            ArticleSubmission.class, PARTITIONS, "newsfold.articles.submitted.dlq");

    public static final Topic ARTICLES_INGESTED = new Topic(
            "newsfold.articles.ingested", Channels.ARTICLES_INGESTED,
            "article id",
            "every event of one article lands in one partition, so its versions are seen in order",
            ArticleIngested.class, PARTITIONS, "newsfold.articles.ingested.dlq");

    public static final Topic ARTICLES_ENRICHED = new Topic(
            "newsfold.articles.enriched", Channels.ARTICLES_ENRICHED,
            "article id",
            "keeps an article's enrichment in order with its versions",
            ArticleEnriched.class, PARTITIONS, "newsfold.articles.enriched.dlq");

    public static final Topic STORY_ASSIGNMENTS = new Topic(
            "newsfold.stories.assignments", Channels.STORY_ASSIGNMENTS,
            "story id",
            "all assignments to one story are ordered, so a reader sees a story grow in the order it was built",
            StoryAssigned.class, PARTITIONS, "newsfold.stories.assignments.dlq");

    public static final Topic STORY_MERGES = new Topic(
            "newsfold.stories.merges", Channels.STORY_MERGES,
            "surviving story id",
            "a merge lands with the assignments' story in order; readers map the absorbed id to the survivor",
            StoryMerged.class, PARTITIONS, "newsfold.stories.merges.dlq");

    /**
     * Channel names as constants, so that {@code @Incoming(Channels.ARTICLES_INGESTED)} and the catalogue agree
     * at compile time.
     */
    public static final class Channels {
        public static final String ARTICLES_SUBMITTED = "articles-submitted";
        public static final String ARTICLES_INGESTED = "articles-ingested";
        public static final String ARTICLES_ENRICHED = "articles-enriched";
        public static final String STORY_ASSIGNMENTS = "story-assignments";
        public static final String STORY_MERGES = "story-merges";

        private Channels() {
        }
    }

    private static final List<Topic> ALL = List.of(ARTICLES_SUBMITTED, ARTICLES_INGESTED, ARTICLES_ENRICHED,
            STORY_ASSIGNMENTS, STORY_MERGES);

    private Topics() {
    }

    public static List<Topic> all() {
        return ALL;
    }

    /** Every topic name including the dead-letter topics: what local infrastructure creates up front. */
    public static List<String> allNamesWithDeadLetters() {
        return ALL.stream()
                .flatMap(t -> t.hasDeadLetter() ? Stream.of(t.name(), t.deadLetter()) : Stream.of(t.name()))
                .toList();
    }
}
