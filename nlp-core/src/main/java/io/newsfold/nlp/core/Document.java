package io.newsfold.nlp.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One article as the claim rules see it: flat token arrays, quote coverage and entities, built once per call. */
final class Document {

    final String text;
    final List<Token> tokens = new ArrayList<>();
    final int[] sentenceOf;
    final int[] sentenceStart;
    final int[] sentenceEnd;
    final boolean[] quoted;
    final List<QuoteSpan> quotes;
    final List<Entity> entities;
    private final Map<String, ClaimExtractor.Gender> genders = new HashMap<>();

    Document(AnnotatedText annotated, List<Entity> entities, List<QuoteSpan> quotes) {
        this.text = annotated.text();
        this.quotes = quotes;
        this.entities = entities;
        List<Sentence> sentences = annotated.sentences();
        sentenceStart = new int[sentences.size()];
        sentenceEnd = new int[sentences.size()];
        for (int si = 0; si < sentences.size(); si++) {
            sentenceStart[si] = tokens.size();
            tokens.addAll(sentences.get(si).tokens());
            sentenceEnd[si] = tokens.size();
        }
        sentenceOf = new int[tokens.size()];
        for (int si = 0; si < sentences.size(); si++) {
            for (int i = sentenceStart[si]; i < sentenceEnd[si]; i++) {
                sentenceOf[i] = si;
            }
        }
        quoted = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            quoted[i] = inQuote(tokens.get(i).start());
        }
        learnGenders();
    }

    boolean inQuote(int offset) {
        for (QuoteSpan q : quotes) {
            if (q.covers(offset)) {
                return true;
            }
        }
        return false;
    }

    List<Integer> sentencesTouching(QuoteSpan q) {
        List<Integer> out = new ArrayList<>();
        for (int si = 0; si < sentenceStart.length; si++) {
            int s = tokens.get(sentenceStart[si]).start();
            int e = tokens.get(sentenceEnd[si] - 1).end();
            if (s < q.outerEnd() && e > q.openMark()) {
                out.add(si);
            }
        }
        return out;
    }

    int unquotedWords(List<Integer> sentences) {
        int n = 0;
        for (int si : sentences) {
            for (int i = sentenceStart[si]; i < sentenceEnd[si]; i++) {
                if (!quoted[i] && !Lexicon.isPunct(tokens.get(i))) {
                    n++;
                }
            }
        }
        return n;
    }

    String lastWordOf(int si) {
        return tokens.get(sentenceEnd[si] - 1).word();
    }

    boolean isCue(int i) {
        if (quoted[i]) {
            return false;
        }
        Token t = tokens.get(i);
        String w = Lexicon.lower(t.word());
        if (w.equals("according")) {
            return i + 1 < tokens.size() && Lexicon.lower(tokens.get(i + 1).word()).equals("to");
        }
        if (!t.isPos("VB") || !Lexicon.REPORTING_VERBS.contains(w)) {
            return false;
        }
        // "250,000 people are thought to live there", "he was told": a passive does not report its subject's words.
        boolean passive = i > 0 && Lexicon.BE_FORMS.contains(Lexicon.lower(tokens.get(i - 1).word()))
                && t.isPos("VBN");
        return !passive || w.equals("quoted") || w.equals("cited");
    }

    boolean isQuoteCue(int i) {
        return isCue(i) && !Lexicon.COGNITIVE_VERBS.contains(Lexicon.lower(tokens.get(i).word()));
    }

    /** A person named in the span, else an organisation, else a place that is the whole span ("Russia said"). */
    Entity bestEntityIn(int start, int end) {
        Entity org = null;
        Entity place = null;
        Entity person = null;
        for (Entity e : entities) {
            if (e.start() >= end || e.end() <= start) {
                continue;
            }
            switch (e.type()) {
                case PERSON -> person = e;
                case ORGANIZATION -> org = org == null ? e : org;
                case LOCATION -> place = e.start() <= start + 4 && e.end() >= end ? e : place;
                default -> { }
            }
        }
        return person != null ? person : org != null ? org : place;
    }

    /**
     * The last person named before {@code offset} outside quotes whose known gender does not contradict
     * {@code gender}; with a {@code role} ("minister") only a person introduced near that word counts.
     */
    Entity lastPersonBefore(int offset, ClaimExtractor.Gender gender, String role) {
        Entity fallback = null;
        for (int k = entities.size() - 1; k >= 0; k--) {
            Entity e = entities.get(k);
            if (e.type() != EntityType.PERSON || e.end() > offset || inQuote(e.start())) {
                continue;
            }
            ClaimExtractor.Gender known = genders.getOrDefault(e.canonical(), ClaimExtractor.Gender.UNKNOWN);
            if (gender != ClaimExtractor.Gender.UNKNOWN && known != ClaimExtractor.Gender.UNKNOWN && known != gender) {
                continue;
            }
            if (role != null && !introducedWithRole(e.canonical(), role, offset)) {
                continue;
            }
            if (isObject(e) && fallback == null) {
                // "Ostrova thanked Valen. ... she said": the object of a verb or preposition is a weaker
                // antecedent than a subject before it in the same stretch of text.
                fallback = e;
                continue;
            }
            if (fallback != null && fallback.start() - e.end() > 200) {
                return fallback;
            }
            return e;
        }
        return fallback;
    }

    private boolean isObject(Entity e) {
        int i = tokenAt(e.start());
        if (i <= 0 || sentenceOf[i - 1] != sentenceOf[i]) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return prev.isPos("IN") || prev.isPos("TO") || prev.isPos("VB");
    }

    private boolean introducedWithRole(String canonical, String role, int before) {
        for (Entity e : entities) {
            if (!e.canonical().equals(canonical) || e.start() >= before) {
                continue;
            }
            String window = text.substring(Math.max(0, e.start() - 60), Math.min(text.length(), e.end() + 80))
                    .toLowerCase(Locale.ROOT);
            if (Pattern.compile("\\b" + Pattern.quote(role) + "\\b").matcher(window).find()) {
                return true;
            }
        }
        return false;
    }

    /** A named person whose surname is {@code word}, the last one before {@code before} if several. */
    Entity personWithSurname(String word, int before) {
        String suffix = "-" + EntityCanonicalizer.slug(word);
        Entity found = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && e.canonical().endsWith(suffix)
                    && (found == null || e.start() < before)) {
                found = e;
            }
        }
        return found;
    }

    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    // Titles and role words next to a name ("Mrs. Clinton", "Trudeau, a spokeswoman") tell "he" from "she".
    private void learnGenders() {
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            ClaimExtractor.Gender g = genderNear(e);
            if (g != ClaimExtractor.Gender.UNKNOWN) {
                genders.putIfAbsent(e.canonical(), g);
            }
        }
    }

    private ClaimExtractor.Gender genderNear(Entity e) {
        int first = tokenAt(e.start());
        int last = tokenAt(Math.max(e.start(), e.end() - 1));
        if (first < 0 || last < 0) {
            return ClaimExtractor.Gender.UNKNOWN;
        }
        List<String> words = new ArrayList<>();
        for (int i = Math.max(0, first - 2); i <= first; i++) {
            words.add(Lexicon.lower(tokens.get(i).word()));
        }
        if (last + 1 < tokens.size() && tokens.get(last + 1).word().equals(",")) {
            for (int i = last + 2; i < Math.min(tokens.size(), last + 6); i++) {
                words.add(Lexicon.lower(tokens.get(i).word()));
            }
        }
        for (String w : words) {
            if (Lexicon.FEMALE_CUES.contains(w)) {
                return ClaimExtractor.Gender.FEMALE;
            }
            if (Lexicon.MALE_CUES.contains(w)) {
                return ClaimExtractor.Gender.MALE;
            }
        }
        return ClaimExtractor.Gender.UNKNOWN;
    }
}
