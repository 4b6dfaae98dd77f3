package io.newsfold.nlp.core;

import java.util.Locale;
import java.util.Set;

/** Word lists shared by the claim rules. */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs that report speech or a stated position; matched on the lower-cased word, and only when tagged VB*. */
    static final Set<String> REPORTING_VERBS = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "state", "states", "stated", "note", "notes", "noted", "explain", "explains", "explained",
            "write", "writes", "wrote", "ask", "asks", "asked", "warn", "warns", "warned", "warning",
            "insist", "insists", "insisted", "argue", "argues", "argued", "claim", "claims", "claimed",
            "declare", "declares", "declared", "announce", "announces", "announced", "continue", "continued",
            "reply", "replies", "replied", "respond", "responds", "responded", "stress", "stressed",
            "urge", "urges", "urged", "quote", "quoted", "cite", "cited", "comment", "commented",
            "remark", "remarked", "acknowledge", "acknowledged", "admit", "admits", "admitted",
            "suggest", "suggests", "suggested", "tweet", "tweets", "tweeted", "post", "posted",
            "recall", "recalled", "describe", "described", "call", "calls", "called", "report", "reports",
            "reported", "confirm", "confirmed", "deny", "denied", "believe", "believes", "believed",
            "think", "thinks", "thought", "predict", "predicted", "promise", "promised", "vow", "vowed",
            "accuse", "accused", "complain", "complained", "concede", "conceded", "charge", "charged",
            "contend", "contended", "maintain", "maintained", "assert", "asserted", "emphasize", "emphasized",
            "emphasised", "reiterate", "reiterated", "testify", "testified", "joke", "joked", "boast", "boasted",
            "predicts", "hope", "hopes", "hoped", "worry", "worries", "worried", "fear", "fears", "feared",
            "estimate", "estimated", "estimates", "mused", "quipped", "shouted", "yelled", "exclaimed",
            "recounted", "observed", "pointed", "agreed", "agree", "agrees", "disagreed", "revealed", "disclosed",
            "wondered", "know", "knows", "knew", "learned", "alleged", "alleges", "indicated", "indicates",
            "dubbed", "dubs", "labeled", "labelled", "branded", "blasted", "slammed", "praised", "criticized",
            "criticised", "decried", "touted", "mocked", "derided", "hailed", "tweeting", "writing",
            "calling", "describing", "referred", "refers", "pledged", "conceding", "arguing",
            "insisting", "claiming", "declaring", "noting", "explaining", "stressing", "acknowledging",
            "suggesting", "recalling", "announcing", "reiterating", "questioned", "demanded", "responding",
            "replying", "whispered", "chanted", "sang", "sings", "asserting", "joking", "quipping",
            "posting", "wondering", "boasting", "complaining", "accusing", "vowing",
            "promising", "predicting", "urging", "exhorted", "condemned", "condemns", "rated", "speak", "speaks",
            "spoke", "pleaded", "scolded", "lamented", "yells", "shouts", "likened");

    /** Verbs that only report a quote, not a claim of their own: fine after a quote, too weak for "X thinks". */
    static final Set<String> SPEECH_ONLY = Set.of("continue", "continued", "ask", "asks", "asked", "post", "posted");

    /** States of mind: they make an attribution ("X believes that ...") but never frame a quotation. */
    static final Set<String> COGNITIVE_VERBS = Set.of(
            "believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped",
            "worry", "worries", "worried", "fear", "fears", "feared", "know", "knows", "knew", "learned",
            "wondered", "agree", "agrees", "agreed", "disagreed", "estimate", "estimates", "estimated",
            "indicated", "indicates");

    static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "should",
            "did", "does", "do", "may", "might", "must", "can", "also", "then", "later", "earlier", "again",
            "previously", "repeatedly", "not", "n't", "never", "once", "reportedly", "publicly", "privately");

    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");

    static final Set<String> DATE_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year", "morning",
            "afternoon", "evening", "night", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.",
            "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

    static final Set<String> OTHER_PRONOUNS = Set.of("i", "we", "they", "you", "it", "who", "which", "that");

    /** Heads of a definite description that points back to a named person: "the minister said". */
    static final Set<String> PERSON_ROLES = Set.of(
            "minister", "president", "spokeswoman", "spokesman", "spokesperson", "secretary", "envoy",
            "senator", "governor", "candidate", "nominee", "ambassador", "general", "commander", "mayor",
            "leader", "chairman", "chairwoman", "director", "chief", "official", "diplomat", "lawmaker",
            "congressman", "congresswoman", "businessman", "businesswoman", "billionaire", "mogul", "founder",
            "prosecutor", "judge", "lawyer", "attorney", "adviser", "advisor", "aide", "strategist", "manager",
            "chancellor", "premier", "king", "queen", "prince", "pope", "democrat", "republican", "woman", "man",
            "father", "mother", "husband", "wife", "son", "daughter", "actor", "actress", "writer", "author",
            "host", "anchor", "professor", "economist", "analyst", "expert", "officer", "sheriff", "coach");

    static final Set<String> FEMALE_CUES = Set.of(
            "mrs.", "ms.", "mrs", "ms", "miss", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
            "actress", "wife", "mother", "daughter", "sister", "queen", "princess", "woman");

    static final Set<String> MALE_CUES = Set.of(
            "mr.", "mr", "spokesman", "chairman", "congressman", "businessman", "actor", "husband", "father",
            "son", "brother", "king", "prince", "man");

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static boolean isDateWord(Token t) {
        String w = lower(t.word());
        return DATE_WORDS.contains(w) || "DATE".equals(t.ner()) || "TIME".equals(t.ner());
    }

    static boolean isNoun(Token t) {
        return t.isPos("NN");
    }

    static boolean isPunct(Token t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }
}
