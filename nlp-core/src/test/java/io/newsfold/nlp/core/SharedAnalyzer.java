package io.newsfold.nlp.core;

/** One CoreNLP model for every test class in the JVM: loading it takes seconds and 350 MB. */
final class SharedAnalyzer {

    private static final ArticleAnalyzer INSTANCE = ArticleAnalyzer.withCoreNlp();

    private SharedAnalyzer() {
    }

    static ArticleAnalyzer get() {
        return INSTANCE;
    }
}
