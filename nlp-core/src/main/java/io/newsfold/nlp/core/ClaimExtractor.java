package io.newsfold.nlp.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules over the sentences, tokens and POS tags of one NER pass: direct quotes and indirect attributions with their
 * speakers, counted quantities and dates. Stateless and thread-safe; all state of one article lives in a
 * {@link Document}.
 *
 * <p>Speakers come from the reporting frame around a quote: the subject before a reporting verb ("Maurer said"),
 * the name after it ("said Elizabeth Trudeau"), the object of "cited/quoted X as saying", or "according to X".
 * Pronouns and definite role nouns ("he added", "the minister said") resolve to the last person named before them
 * outside quotes, honouring gender when a title or role word reveals it.
 */
public final class ClaimExtractor {

    // A short quoted phrase inside a sentence with no reporting frame is a scare quote, not anyone's words.
    private static final int SCARE_QUOTE_MAX_WORDS = 7;

    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "is", "are");

    private final NumberExtractor numbers = new NumberExtractor();
    private final DateResolver dates = new DateResolver();
    private final EntityCanonicalizer canonicalizer;

    public ClaimExtractor(EntityCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    public List<Claim> extract(AnnotatedText annotated, List<Entity> entities, Instant publishedAt) {
        Document doc = new Document(annotated, entities, QuoteFinder.find(annotated.text()));
        List<Claim> claims = new ArrayList<>();
        Set<Integer> usedCues = new HashSet<>();
        claims.addAll(quotes(doc, usedCues));
        claims.addAll(attributions(doc, usedCues));
        claims.addAll(numbers.extract(doc));
        claims.addAll(dates.extract(annotated.text(), publishedAt));
        claims.sort(Comparator.comparingInt(Claim::start).thenComparing(Claim::kind));
        return claims;
    }

    // ---------------------------------------------------------------- quotes

    private List<Claim> quotes(Document doc, Set<Integer> usedCues) {
        List<Claim> out = new ArrayList<>();
        Speaker previous = null;
        int previousEnd = -1;
        for (QuoteSpan q : doc.quotes) {
            String content = doc.text.substring(q.start(), q.end());
            int words = wordCount(content);
            List<Integer> sentences = doc.sentencesTouching(q);
            List<Integer> cues = cuesByDistance(doc, sentences, q);
            int cue = cues.isEmpty() ? -1 : cues.get(0);
            boolean standalone = doc.unquotedWords(sentences) == 0;
            if (looksLikeTitle(content, words) && (standalone ? words > 1 : !isHeadline(doc, sentences))) {
                continue;
            }
            Speaker speaker = dashSpeaker(doc, q);
            for (int c : cues) {
                if (speaker != null) {
                    break;
                }
                Frame frame = frameOf(doc, c);
                speaker = frame == null ? null : resolve(doc, frame.refLo, frame.refHi);
                if (speaker != null) {
                    markUsed(doc, frame, c, usedCues);
                }
            }
            if (speaker == null) {
                boolean framed = cue >= 0 || introducedByColon(doc, q);
                int outsideWords = doc.unquotedWords(sentences);
                // Quoted words set in narrative with no reporting verb are scare quotes or nobody's words.
                if (!framed && (outsideWords >= 3 || outsideWords > 0 && words <= SCARE_QUOTE_MAX_WORDS)) {
                    continue;
                }
                speaker = speakerFromContext(doc, q, sentences, previous, previousEnd);
            }
            if (speaker == null) {
                speaker = transcriptSpeaker(doc, q.openMark());
            }
            if (speaker == null) {
                speaker = colonLabelSpeaker(doc, q, sentences);
            }
            if (speaker == null) {
                // Words nobody can be named for are no use to "who said what".
                continue;
            }
            out.add(Claim.quote(content, q.start(), q.end(), speaker));
            previous = speaker;
            previousEnd = q.outerEnd();
        }
        return out;
    }

    /** "Face the Nation", "The Art of the Deal": a short Title Case phrase in quotes names a work, not words said. */
    static boolean looksLikeTitle(String content, int words) {
        if (words < 1 || words > 8) {
            return false;
        }
        for (String w : content.split("[\\s:;,.!?]+")) {
            if (w.isEmpty() || TITLE_SMALL_WORDS.contains(w) || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return words > 1 || Character.isUpperCase(content.charAt(0)) && content.length() > 1
                && !content.endsWith(".") && !content.endsWith("!") && !content.endsWith("?");
    }

    private static final Pattern DASH_SIGNATURE = Pattern.compile(
            "[ \\t\\u00a0.,]*[―—–-][ \\t\\u00a0]*(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,4})");

    /** A Title Case sentence is a headline, where quoted words are someone's words, not the name of a work. */
    private static boolean isHeadline(Document doc, List<Integer> sentences) {
        if (sentences.size() != 1) {
            return false;
        }
        int si = sentences.get(0);
        int capitalised = 0;
        int words = 0;
        for (int i = doc.sentenceStart[si]; i < doc.sentenceEnd[si]; i++) {
            String w = doc.tokens.get(i).word();
            if (doc.quoted[i] || w.isEmpty() || !Character.isLetter(w.charAt(0)) || TITLE_SMALL_WORDS.contains(w)) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return words >= 2 && capitalised == words;
    }

    /** "“...” ― Pamela Padilla": a name after a dash right behind the closing mark signs the quote. */
    private Speaker dashSpeaker(Document doc, QuoteSpan q) {
        Matcher m = DASH_SIGNATURE.matcher(doc.text).region(q.outerEnd(), doc.text.length());
        if (!m.lookingAt()) {
            return null;
        }
        int start = m.start(1);
        int end = m.end(1);
        while (end > start && ".,".indexOf(doc.text.charAt(end - 1)) >= 0) {
            end--;
        }
        Entity named = doc.bestEntityIn(start, end);
        if (named != null) {
            return new Speaker(named.canonical(), named.start(), named.end(), start, end);
        }
        return new Speaker(canonicalizer.keyFor(doc.text.substring(start, end), EntityType.PERSON),
                start, end, start, end);
    }

    private static final Pattern TRANSCRIPT_LABEL =
            Pattern.compile("([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\\s");

    private List<Claim> transcriptTurns(Document doc) {
        List<Claim> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^" + TRANSCRIPT_LABEL.pattern())
                .matcher(doc.text);
        while (m.find()) {
            int end = doc.text.indexOf('\n', m.end());
            end = end < 0 ? doc.text.length() : end;
            while (end > m.end() && Character.isWhitespace(doc.text.charAt(end - 1))) {
                end--;
            }
            String content = doc.text.substring(m.end(), end);
            Speaker speaker = transcriptSpeaker(doc, m.start());
            if (speaker != null && wordCount(content) >= 3 && !doc.inQuote(m.end())) {
                out.add(Claim.attribution(content, m.end(), end, speaker));
            }
        }
        return out;
    }

    /**
     * "Pence: Gennifer Flowers Won't Be at Debate", "Warren Hammers Bank Chief: 'You Should ...'": in a headline
     * or a label, the person named before a colon speaks the quote after it.
     */
    private Speaker colonLabelSpeaker(Document doc, QuoteSpan q, List<Integer> sentences) {
        if (sentences.isEmpty()) {
            return null;
        }
        int si = sentences.get(0);
        int sentenceStart = doc.tokens.get(doc.sentenceStart[si]).start();
        int colon = doc.text.lastIndexOf(':', q.openMark());
        if (colon < sentenceStart || doc.inQuote(colon) || doc.tokenAt(colon) - doc.sentenceStart[si] > 8) {
            return null;
        }
        Entity person = null;
        for (Entity e : doc.entities) {
            if (e.type() == EntityType.PERSON && e.start() >= sentenceStart && e.end() <= colon && person == null) {
                person = e;
            }
        }
        if (person != null) {
            return new Speaker(person.canonical(), person.start(), person.end(), person.start(), person.end());
        }
        // NER often misses names in Title Case headlines; a word before the colon that is the surname of a
        // person named elsewhere in the article still identifies the speaker.
        for (int i = doc.sentenceStart[si]; i < doc.tokenAt(colon); i++) {
            Token t = doc.tokens.get(i);
            Entity known = t.isPos("NNP") ? doc.personWithSurname(t.word(), Integer.MAX_VALUE) : null;
            if (known != null) {
                return new Speaker(known.canonical(), t.start(), t.end(), t.start(), t.end());
            }
        }
        return null;
    }

    /** In an interview transcript a paragraph opening "PENCE: " is that speaker's words. */
    private Speaker transcriptSpeaker(Document doc, int offset) {
        int para = doc.text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
        Matcher m = TRANSCRIPT_LABEL.matcher(doc.text).region(para, doc.text.length());
        if (!m.lookingAt()) {
            return null;
        }
        int lo = doc.tokenAt(m.start(1));
        int hi = doc.tokenAt(m.end(1) - 1);
        return lo < 0 || hi < 0 ? null : resolve(doc, lo, hi);
    }

    private static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static boolean introducedByColon(Document doc, QuoteSpan q) {
        int i = q.openMark() - 1;
        while (i >= 0 && Character.isWhitespace(doc.text.charAt(i)) && doc.text.charAt(i) != '\n') {
            i--;
        }
        return i >= 0 && doc.text.charAt(i) == ':';
    }

    /** Characters between a token and the nearer end of a quote; negative when the token is inside it. */
    private static int distance(Document doc, int token, QuoteSpan q) {
        Token t = doc.tokens.get(token);
        return t.start() >= q.outerEnd() ? t.start() - q.outerEnd() : q.openMark() - t.end();
    }

    /** Reporting verbs among the unquoted tokens of the sentences a quote touches, closest to the quote first. */
    private static List<Integer> cuesByDistance(Document doc, List<Integer> sentences, QuoteSpan q) {
        List<int[]> found = new ArrayList<>();
        for (int si : sentences) {
            for (int i = doc.sentenceStart[si]; i < doc.sentenceEnd[si]; i++) {
                if (!doc.isQuoteCue(i)) {
                    continue;
                }
                Token t = doc.tokens.get(i);
                int distance = distance(doc, i, q);
                if (distance >= 0) {
                    found.add(new int[] {i, distance});
                }
            }
        }
        found.sort(Comparator.comparingInt(a -> a[1]));
        return found.stream().map(a -> a[0]).toList();
    }

    /**
     * For a quote with no frame of its own: the speaker of the reporting sentence just before it in the same
     * paragraph ("Shoigu said Monday. 'Step by step ...'", "X told reporters: ..."), else the speaker of the quote
     * just before it when at most a short frame lies between (news copy names a speaker once and then strings
     * quotes together, across paragraphs too).
     */
    private Speaker speakerFromContext(Document doc, QuoteSpan q, List<Integer> sentences, Speaker previous,
                                       int previousEnd) {
        int prevSentence = sentences.isEmpty() ? -1 : sentences.get(0) - 1;
        if (prevSentence >= 0 && sameParagraph(doc, prevSentence, q.openMark())) {
            int cue = lastCue(doc, prevSentence);
            Speaker s = cue < 0 ? null : speakerOfCue(doc, cue);
            if (s != null) {
                return s;
            }
        }
        if (previous != null && previousEnd >= 0 && previousEnd <= q.openMark()) {
            String between = doc.text.substring(previousEnd, q.openMark());
            int breaks = between.split("\\n\\s*", -1).length - 1;
            if (breaks == 0 || breaks == 1 && wordCount(between) <= 12) {
                return previous;
            }
        }
        return null;
    }

    // Paragraphs end at a line break, as in QuoteFinder.
    private static boolean sameParagraph(Document doc, int sentence, int offset) {
        int from = doc.tokens.get(doc.sentenceEnd[sentence] - 1).end();
        return from <= offset && !doc.text.substring(from, offset).contains("\n");
    }

    private static int lastCue(Document doc, int sentence) {
        for (int i = doc.sentenceEnd[sentence] - 1; i >= doc.sentenceStart[sentence]; i--) {
            if (doc.isQuoteCue(i)) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- attributions

    private List<Claim> attributions(Document doc, Set<Integer> usedCues) {
        List<Claim> out = new ArrayList<>(transcriptTurns(doc));
        for (int si = 0; si < doc.sentenceStart.length; si++) {
            int lo = doc.sentenceStart[si];
            int hi = doc.sentenceEnd[si];
            int skipUntil = -1;
            for (int i = lo; i < hi; i++) {
                if (i <= skipUntil || !doc.isCue(i) || usedCues.contains(i)) {
                    continue;
                }
                if (Lexicon.SPEECH_ONLY.contains(Lexicon.lower(doc.tokens.get(i).word()))) {
                    continue;
                }
                Frame frame = frameOf(doc, i);
                if (frame == null) {
                    continue;
                }
                Speaker speaker = resolve(doc, frame.refLo, frame.refHi);
                if (speaker == null) {
                    continue;
                }
                int[] content = contentOf(doc, si, i, frame);
                if (content == null) {
                    continue;
                }
                int start = doc.tokens.get(content[0]).start();
                int end = doc.tokens.get(content[1]).end();
                out.add(Claim.attribution(doc.text.substring(start, end), start, end, speaker));
                markUsed(doc, frame, i, usedCues);
                skipUntil = Math.max(frame.hi, i);
            }
        }
        return out;
    }

    // Every reporting verb inside a frame that produced a claim is spent: "quoted X as saying" is one claim.
    private static void markUsed(Document doc, Frame frame, int cue, Set<Integer> usedCues) {
        usedCues.add(cue);
        for (int i = frame.lo; i <= frame.hi; i++) {
            if (doc.isCue(i)) {
                usedCues.add(i);
            }
        }
    }

    /** Token range [from, to] of what is reported around the frame, or null when too short to be a claim. */
    private static int[] contentOf(Document doc, int si, int cue, Frame frame) {
        int lo = doc.sentenceStart[si];
        int hi = doc.sentenceEnd[si] - 1;
        while (hi > lo && Lexicon.isPunct(doc.tokens.get(hi))) {
            hi--;
        }
        int frameLo = frame.lo;
        int frameHi = frame.hi;
        if (frame.according && frameLo == lo) {
            int from = frameHi + 1;
            while (from <= hi && (Lexicon.isPunct(doc.tokens.get(from)))) {
                from++;
            }
            return hi - from >= 2 ? new int[] {from, hi} : null;
        }
        int after = frameHi + 1;
        while (after <= hi && skippableAfterCue(doc, after)) {
            after++;
        }
        if (!frame.according && hi - after >= 2 && !Lexicon.isPunct(doc.tokens.get(after))) {
            return new int[] {after, hi};
        }
        // The frame closes the sentence: the content is what precedes it, up to the comma before the frame.
        int to = frameLo - 1;
        while (to > lo && (Lexicon.isPunct(doc.tokens.get(to)) || Lexicon.AUXILIARIES.contains(
                Lexicon.lower(doc.tokens.get(to).word())))) {
            to--;
        }
        if (to - lo < 2 || !commaBefore(doc, lo, frameLo)) {
            return null;
        }
        return new int[] {lo, to};
    }

    private static boolean commaBefore(Document doc, int lo, int frameLo) {
        for (int i = frameLo - 1; i >= lo && i >= frameLo - 3; i--) {
            String w = doc.tokens.get(i).word();
            if (w.equals(",") || w.equals("—") || w.equals("--")) {
                return true;
            }
        }
        return false;
    }

    private static boolean skippableAfterCue(Document doc, int i) {
        Token t = doc.tokens.get(i);
        String w = Lexicon.lower(t.word());
        return w.equals("that") || w.equals("on") || w.equals("in") && i + 1 < doc.tokens.size()
                && Lexicon.isDateWord(doc.tokens.get(i + 1)) || Lexicon.isDateWord(t) || w.equals(",");
    }

    // ---------------------------------------------------------------- frames and speakers

    /** The words naming the speaker of a reporting verb, as a token range, and how they were found. */
    private record Frame(int refLo, int refHi, int lo, int hi, boolean according) {

        static Frame of(int[] ref, int cue, boolean according) {
            return new Frame(ref[0], ref[1], Math.min(ref[0], cue), Math.max(ref[1], cue), according);
        }
    }

    private Speaker speakerOfCue(Document doc, int cue) {
        Frame f = frameOf(doc, cue);
        return f == null ? null : resolve(doc, f.refLo, f.refHi);
    }

    private static Frame frameOf(Document doc, int cue) {
        int si = doc.sentenceOf[cue];
        int lo = doc.sentenceStart[si];
        int hi = doc.sentenceEnd[si];
        String w = Lexicon.lower(doc.tokens.get(cue).word());
        if (w.equals("according")) {
            int[] np = nounPhraseRight(doc, cue + 2, hi);
            return np == null ? null : Frame.of(np, cue, true);
        }
        Frame cited = citedAsSaying(doc, cue, lo, hi);
        if (cited != null) {
            return cited;
        }
        if (doc.tokens.get(cue).isPos("VBG")) {
            // A participle hangs off the main clause: its speaker is the subject of the nearest verb before it
            // that has one ("Dean ... appeared on MSNBC and began by saying").
            for (int i = cue - 1; i >= lo; i--) {
                if (doc.tokens.get(i).isPos("VB") && !doc.quoted[i]) {
                    int[] np = subjectLeft(doc, i, lo);
                    if (np != null) {
                        return new Frame(np[0], np[1], np[0], cue, false);
                    }
                }
            }
            return null;
        }
        if (isInverted(doc, cue, lo)) {
            int[] np = nounPhraseRight(doc, cue + 1, hi);
            // "..., said the minister." but not "X, director of Y, said the city was ...": the name must end
            // the clause rather than start a reported one.
            boolean endsClause = np != null && !hasPossessive(doc, np) && (np[1] + 1 >= hi
                    || !doc.tokens.get(np[1] + 1).isPos("VB") && !doc.tokens.get(np[1] + 1).isPos("MD")
                    && !doc.quoted[np[1] + 1]);
            if (endsClause) {
                return Frame.of(np, cue, false);
            }
        }
        int[] np = subjectLeft(doc, cue, lo);
        return np == null ? null : Frame.of(np, cue, false);
    }

    /**
     * "RIA cited Shoigu as saying", "agencies quoted X as saying", "X was quoted as saying": the speaker is the
     * person quoted, not the one quoting. Recognised from either verb.
     */
    private static Frame citedAsSaying(Document doc, int cue, int lo, int hi) {
        int verb = -1;
        int saying = -1;
        if (isQuoteVerb(doc.tokens.get(cue))) {
            for (int i = cue + 2; i < hi && i <= cue + 10; i++) {
                if (isAsSaying(doc, i)) {
                    verb = cue;
                    saying = i;
                    break;
                }
            }
        } else if (isAsSaying(doc, cue)) {
            saying = cue;
            for (int i = cue - 2; i >= lo && i >= cue - 10; i--) {
                if (isQuoteVerb(doc.tokens.get(i)) && !doc.quoted[i]) {
                    verb = i;
                    break;
                }
            }
        }
        if (saying < 0) {
            return null;
        }
        if (verb < 0) {
            int[] np = nounPhraseLeft(doc, saying - 2, lo);
            return np == null ? null : new Frame(np[0], np[1], np[0], saying, false);
        }
        int[] subject = subjectLeft(doc, verb, lo);
        int frameLo = subject == null ? verb : subject[0];
        if (verb == saying - 2) {
            return subject == null ? null : new Frame(subject[0], subject[1], frameLo, saying, false);
        }
        int[] np = nounPhraseRight(doc, verb + 1, saying - 1);
        return np == null ? null : new Frame(np[0], np[1], frameLo, saying, false);
    }

    private static boolean isAsSaying(Document doc, int i) {
        return Lexicon.lower(doc.tokens.get(i).word()).equals("saying") && i > 0
                && Lexicon.lower(doc.tokens.get(i - 1).word()).equals("as");
    }

    // "said North Korea's latest ..." starts the reported clause; a speaker is not a possessor.
    private static boolean hasPossessive(Document doc, int[] np) {
        for (int i = np[0]; i <= np[1]; i++) {
            if (doc.tokens.get(i).isPos("POS")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoteVerb(Token t) {
        String w = Lexicon.lower(t.word());
        return w.equals("quoted") || w.equals("cited");
    }

    /** "..., said Elizabeth Trudeau": the verb follows a quote or a comma and a name follows the verb. */
    private static boolean isInverted(Document doc, int cue, int lo) {
        if (cue + 1 >= doc.tokens.size() || doc.sentenceOf[cue + 1] != doc.sentenceOf[cue]) {
            return false;
        }
        Token next = doc.tokens.get(cue + 1);
        boolean nameNext = next.isPos("NNP") || next.isPos("DT") || next.isPos("PRP") && !next.isPos("PRP$")
                && Lexicon.PERSONAL_PRONOUNS.contains(Lexicon.lower(next.word()));
        if (!nameNext || doc.quoted[cue + 1] || Lexicon.isDateWord(next)) {
            return false;
        }
        if (cue == lo) {
            return true;
        }
        Token prev = doc.tokens.get(cue - 1);
        String p = prev.word();
        return doc.quoted[cue - 1] || p.equals(",") || p.equals("—") || p.equals("--") || p.equals(":")
                || p.equals("''") || p.equals("\"") || p.equals("”");
    }

    /** Subject of the verb at {@code verb}: skip adverbs, auxiliaries, time phrases and an appositive. */
    private static int[] subjectLeft(Document doc, int verb, int lo) {
        return subjectLeft(doc, verb, lo, 2);
    }

    private static int[] subjectLeft(Document doc, int verb, int lo, int coordinationDepth) {
        int j = verb - 1;
        j = skipLeftModifiers(doc, j, lo);
        if (j < lo || doc.quoted[j]) {
            return null;
        }
        if (doc.tokens.get(j).isPos("CC") && coordinationDepth > 0) {
            // "The nominee outlined his plan and vowed ...": a coordinated verb shares the first verb's subject.
            for (int k = j - 1; k >= lo && !doc.quoted[k]; k--) {
                if (doc.tokens.get(k).isPos("VB")) {
                    return subjectLeft(doc, k, lo, coordinationDepth - 1);
                }
            }
            return null;
        }
        if (doc.tokens.get(j).word().equals(",")) {
            // "Peter Maurer, president of the ICRC, said": jump over the appositive to the name before it.
            for (int k = j - 1; k >= lo && k >= j - 40; k--) {
                if (doc.quoted[k]) {
                    break;
                }
                if (doc.tokens.get(k).word().equals(",")) {
                    int[] np = nounPhraseLeft(doc, skipParenthesis(doc, k - 1, lo), lo);
                    if (np != null && startsClauseOrSentence(doc, np[0], lo)) {
                        return np;
                    }
                    break;
                }
            }
            return null;
        }
        int[] np = nounPhraseLeft(doc, skipParenthesis(doc, j, lo), lo);
        if (np != null && np[0] == np[1] && isRelativeWho(doc.tokens.get(np[0]))) {
            // "Stevie Wonder, who joked ...": the relative pronoun stands for the name before its comma.
            int comma = np[0] - 1;
            if (comma > lo && doc.tokens.get(comma).word().equals(",")) {
                return nounPhraseLeft(doc, skipParenthesis(doc, comma - 1, lo), lo);
            }
        }
        return np;
    }

    private static boolean isRelativeWho(Token t) {
        return Lexicon.lower(t.word()).equals("who");
    }

    /** "Rep. Jim Jordan (R-Ohio)": the index just before a closing parenthetical, else {@code j}. */
    private static int skipParenthesis(Document doc, int j, int lo) {
        if (j >= lo && (doc.tokens.get(j).word().equals(")") || doc.tokens.get(j).word().equals("-RRB-"))) {
            for (int k = j - 1; k >= lo && k >= j - 12; k--) {
                String w = doc.tokens.get(k).word();
                if (w.equals("(") || w.equals("-LRB-")) {
                    return k - 1;
                }
            }
        }
        return j;
    }

    private static boolean startsClauseOrSentence(Document doc, int i, int lo) {
        if (i == lo) {
            return true;
        }
        Token prev = doc.tokens.get(i - 1);
        return doc.quoted[i - 1] || Lexicon.isPunct(prev) || prev.isPos("CC") || prev.isPos("IN")
                || prev.isPos("RB") || Lexicon.lower(prev.word()).equals("that");
    }

    private static int skipLeftModifiers(Document doc, int j, int lo) {
        while (j >= lo && !doc.quoted[j]) {
            Token t = doc.tokens.get(j);
            String w = Lexicon.lower(t.word());
            if (t.isPos("RB") || t.isPos("MD") || Lexicon.AUXILIARIES.contains(w)) {
                j--;
            } else if (Lexicon.isDateWord(t) || t.isPos("CD") && j > lo && Lexicon.isDateWord(doc.tokens.get(j - 1))) {
                // "Shoigu on Monday said", "Clinton last week told": a date is never the speaker.
                j--;
                while (j >= lo && !doc.quoted[j] && (Lexicon.isDateWord(doc.tokens.get(j))
                        || isTimeFunctionWord(doc.tokens.get(j)) || doc.tokens.get(j).isPos("CD"))) {
                    j--;
                }
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isTimeFunctionWord(Token t) {
        String w = Lexicon.lower(t.word());
        return w.equals("on") || w.equals("last") || w.equals("this") || w.equals("next") || w.equals("early")
                || w.equals("late") || w.equals("earlier") || w.equals("later") || w.equals("in");
    }

    private static boolean npWord(Token t) {
        return t.isPos("NN") || t.isPos("JJ") || t.isPos("DT") || t.isPos("POS") || t.isPos("PRP$")
                || t.isPos("CD") || t.word().equals("-") || t.isPos("NNP");
    }

    private static int[] nounPhraseLeft(Document doc, int j, int lo) {
        if (j < lo || doc.quoted[j]) {
            return null;
        }
        Token head = doc.tokens.get(j);
        if (head.isPos("PRP") && !head.isPos("PRP$") || isRelativeWho(head)) {
            return new int[] {j, j};
        }
        if (!Lexicon.isNoun(head) || Lexicon.isDateWord(head)) {
            return null;
        }
        int k = j;
        while (k - 1 >= lo && !doc.quoted[k - 1] && npWord(doc.tokens.get(k - 1))
                && !Lexicon.isDateWord(doc.tokens.get(k - 1))) {
            k--;
        }
        return new int[] {k, j};
    }

    private static int[] nounPhraseRight(Document doc, int from, int hi) {
        int i = from;
        if (i >= hi || doc.quoted[i]) {
            return null;
        }
        Token first = doc.tokens.get(i);
        if (first.isPos("PRP") && !first.isPos("PRP$")) {
            return new int[] {i, i};
        }
        int lastNoun = -1;
        while (i < hi && !doc.quoted[i] && npWord(doc.tokens.get(i))) {
            if (Lexicon.isNoun(doc.tokens.get(i))) {
                lastNoun = i;
            }
            i++;
        }
        return lastNoun < 0 ? null : new int[] {from, lastNoun};
    }

    /** Turns the words naming a speaker into a {@link Speaker}, resolving pronouns and role nouns. */
    private Speaker resolve(Document doc, int refLo, int refHi) {
        Token first = doc.tokens.get(refLo);
        int refStart = first.start();
        int refEnd = doc.tokens.get(refHi).end();
        Entity named = doc.bestEntityIn(refStart, refEnd);
        if (named != null) {
            return new Speaker(named.canonical(), named.start(), named.end(), refStart, refEnd);
        }
        String lowerFirst = Lexicon.lower(first.word());
        if (refLo == refHi && Lexicon.PERSONAL_PRONOUNS.contains(lowerFirst)) {
            Gender g = lowerFirst.equals("she") ? Gender.FEMALE : Gender.MALE;
            Entity antecedent = doc.lastPersonBefore(refStart, g, null);
            return antecedent == null ? null
                    : new Speaker(antecedent.canonical(), antecedent.start(), antecedent.end(), refStart, refEnd);
        }
        if (refLo == refHi && Lexicon.OTHER_PRONOUNS.contains(lowerFirst)) {
            if (lowerFirst.equals("who") || lowerFirst.equals("which") || lowerFirst.equals("that")) {
                return null;
            }
            return new Speaker(lowerFirst, refStart, refEnd, refStart, refEnd);
        }
        Token head = doc.tokens.get(refHi);
        String headWord = Lexicon.lower(head.word());
        if (Lexicon.isDateWord(head)) {
            return null;
        }
        boolean definite = Lexicon.lower(first.word()).equals("the") || first.isPos("PRP$");
        if (definite && !head.isPos("NNP") && Lexicon.PERSON_ROLES.contains(headWord)) {
            Entity antecedent = doc.lastPersonBefore(refStart, Gender.UNKNOWN, headWord);
            if (antecedent != null) {
                return new Speaker(antecedent.canonical(), antecedent.start(), antecedent.end(), refStart, refEnd);
            }
        }
        if (head.isPos("NNP") && !head.isPos("NNPS")) {
            Entity same = doc.personWithSurname(head.word(), refStart);
            if (same != null) {
                return new Speaker(same.canonical(), refStart, refEnd, refStart, refEnd);
            }
            String name = doc.text.substring(refStart, refEnd);
            return new Speaker(canonicalizer.keyFor(name, EntityType.PERSON), refStart, refEnd, refStart, refEnd);
        }
        String words = doc.text.substring(refStart, refEnd).toLowerCase(Locale.ROOT)
                .replaceFirst("^(the|a|an) ", "");
        return new Speaker(words, refStart, refEnd, refStart, refEnd);
    }

    enum Gender { MALE, FEMALE, UNKNOWN }
}
