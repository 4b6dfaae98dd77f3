package io.newsfold.nlp.core;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statistical CoreNLP NER only: the fine-grained, SUTime and numeric classifiers are off because they cost three
 * times the speed and our own rules handle numbers and dates (see shared/notes/nlp-measurements.md).
 *
 * <p>One CRF model, not CoreNLP's default stack of three: the 3-class model alone reads 1.75 times as fast with the
 * same PolNeAR quote-source F1 (0.860 against 0.859) and every entity test passing. What it gives up is MISC
 * (nationalities, events), which nothing downstream relies on; the CoNLL 4-class model, which has MISC, missed
 * people and places the tests name.
 *
 * <p>No lemmatizer: nothing here reads lemmas, and with SUTime and the numeric classifiers off the CRF does not need
 * them. Dropping it saved 4% of CoreNLP's time, with identical tokens, tags and mentions on 60 PolNeAR texts.
 *
 * <p>The model (about 350 MB of heap) is loaded once in the constructor; create one instance per JVM and share it.
 * {@link #annotate} is safe to call from several threads: each call builds its own {@code Annotation}, and the
 * CoreNLP annotators keep no per-document state (CoreNLP's own multi-threaded mode shares them the same way).
 */
public final class CoreNlpNerEngine implements NerEngine {

    // CoreNLP tags pronouns and bare titles as PERSON now and then; a mention made only of these is never a name.
    private static final Set<String> NON_NAME_WORDS = Set.of(
            "he", "him", "his", "she", "her", "hers", "they", "them", "their", "i", "me", "my", "we", "us", "our",
            "you", "your", "it", "its", "himself", "herself", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "president", "minister", "secretary", "senator", "sen.", "governor", "gov.", "general", "gen.",
            "spokesman", "spokeswoman", "spokesperson", "chancellor", "king", "queen", "prince", "pope",
            "mayor", "judge", "chairman", "director", "ambassador", "envoy", "sir", "lord", "lady");

    // Words that join two halves of one organisation name CoreNLP split: "International Committee of the Red Cross".
    private static final Pattern JOINERS = Pattern.compile(" (of|of the|for|for the|on|on the) ");

    private final StanfordCoreNLP pipeline;

    public CoreNlpNerEngine() {
        this.pipeline = new StanfordCoreNLP(defaultProperties());
    }

    /** The settings measured in shared/notes; exposed so callers can see what runs. */
    public static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        return props;
    }

    /** CoreNLP's own time per annotator since start (tokenize, pos, ner...): where the NLP stage spends its time. */
    public String timingInformation() {
        return pipeline.timingInformation();
    }

    @Override
    public AnnotatedText annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : s.tokens()) {
                String word = label.get(CoreAnnotations.OriginalTextAnnotation.class);
                tokens.add(new Token(word == null ? label.word() : word, label.tag(),
                        label.ner() == null ? "O" : label.ner(), label.beginPosition(), label.endPosition()));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        List<EntityMention> mentions = new ArrayList<>();
        if (doc.entityMentions() != null) {
            for (CoreEntityMention m : doc.entityMentions()) {
                EntityType type = typeOf(m.entityType());
                if (type == null || !isName(m)) {
                    continue;
                }
                int start = m.charOffsets().first();
                int end = m.charOffsets().second();
                mentions.add(new EntityMention(text.substring(start, end), type, start, end));
            }
        }
        return new AnnotatedText(text, sentences, repair(text, mentions));
    }

    /**
     * Two fixes to CoreNLP's mention boundaries: it cuts "International Committee of the Red Cross" into two
     * organisations, which would defeat acronym matching, and it runs an upper-case dateline into the first place
     * of the story ("MOSCOW Russia").
     */
    static List<EntityMention> repair(String text, List<EntityMention> mentions) {
        List<EntityMention> merged = new ArrayList<>();
        for (EntityMention m : mentions) {
            EntityMention last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.type() == m.type() && m.type() == EntityType.ORGANIZATION
                    && JOINERS.matcher(text.substring(last.end(), m.start())).matches()) {
                merged.set(merged.size() - 1, new EntityMention(text.substring(last.start(), m.end()),
                        m.type(), last.start(), m.end()));
                continue;
            }
            merged.addAll(splitDateline(m));
        }
        return merged;
    }

    private static List<EntityMention> splitDateline(EntityMention m) {
        String[] words = m.text().split(" ", 2);
        if (m.type() != EntityType.LOCATION || words.length < 2 || words[0].length() < 3
                || !words[0].equals(words[0].toUpperCase(Locale.ROOT)) || words[1].equals(words[1].toUpperCase(Locale.ROOT))) {
            return List.of(m);
        }
        int cut = m.start() + words[0].length();
        return List.of(new EntityMention(words[0], m.type(), m.start(), cut),
                new EntityMention(words[1], m.type(), cut + 1, m.end()));
    }

    static EntityType typeOf(String coreNlpType) {
        if (coreNlpType == null) {
            return null;
        }
        return switch (coreNlpType) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> EntityType.MISC;
            default -> null;
        };
    }

    private static boolean isName(CoreEntityMention m) {
        for (CoreLabel t : m.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean capitalised = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
            if (!NON_NAME_WORDS.contains(w) && !t.tag().startsWith("PRP") && capitalised) {
                return true;
            }
        }
        return false;
    }
}
