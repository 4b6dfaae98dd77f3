package io.newsfold.dedupe.core.story;

import java.util.Set;

/** Function words that say nothing about which event an article reports. */
final class Stopwords {
    static final Set<String> ENGLISH = Set.of(
            "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
            "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
            "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
            "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
            "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
            "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
            "why", "will", "with", "would", "you", "your", "yours", "yourself", "said", "says", "say", "told",
            "according", "one", "two", "new", "year", "years", "people", "last", "first", "may", "like", "get",
            "got", "us", "s", "t", "mr", "mrs", "ms", "many", "much", "made", "make", "time", "since", "around",
            "well", "back", "still", "even", "way", "including", "another", "every", "among", "per", "via",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tomorrow", "week", "day", "days", "news", "report", "reported", "reports", "reuters", "ap", "photo",
            "image", "images", "click", "read", "share", "comments", "advertisement", "related");

    private Stopwords() {
    }
}
