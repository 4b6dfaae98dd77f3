package io.newsfold.nlp.core;

/** Coarse entity classes; CoreNLP's finer place labels all fold into {@link #LOCATION}. */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("org"),
    LOCATION("loc"),
    MISC("misc");

    private final String keyPrefix;

    EntityType(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** Prefix of canonical keys, e.g. {@code person} in {@code person:sergei-shoigu}. */
    public String keyPrefix() {
        return keyPrefix;
    }
}
