package io.newsfold.nlp.service;

import io.newsfold.contracts.ArticleEnriched.Span;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences and word tokens with character offsets. A blank line always ends a sentence: headlines, datelines and
 * captions have no final full stop and must not run into the next paragraph.
 */
public final class TextSegmenter {

    /** Titles and abbreviations after which the JDK's sentence rules wrongly break ("Mr. | Lund said"). */
    private static final Set<String> NO_BREAK_AFTER = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.",
            "col.", "maj.", "capt.", "sgt.", "adm.", "sen.", "rep.", "gov.", "pres.", "rev.", "st.", "jr.", "sr.",
            "no.", "vs.", "mt.", "ft.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

    /** The segmentation of one text. */
    public record Segments(List<Span> sentences, int tokenCount) {
    }

    public Segments segment(String text) {
        List<Span> sentences = new ArrayList<>();
        int tokens = 0;
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            tokens += segmentParagraph(text, paragraphStart, paragraphEnd, sentences);
            paragraphStart = paragraphEnd + 2;
        }
        return new Segments(List.copyOf(sentences), tokens);
    }

    private static int segmentParagraph(String text, int start, int end, List<Span> sentences) {
        String paragraph = text.substring(start, end);
        BreakIterator sentenceBreaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentenceBreaks.setText(paragraph);
        for (int from = sentenceBreaks.first(), to = sentenceBreaks.next(); to != BreakIterator.DONE;
                from = to, to = sentenceBreaks.next()) {
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(paragraph.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            int last = sentences.size() - 1;
            if (last >= 0 && sentences.get(last).end() > start && continuesSentence(text, sentences.get(last),
                    start + s)) {
                sentences.set(last, new Span(sentences.get(last).start(), start + e));
            } else {
                sentences.add(new Span(start + s, start + e));
            }
        }
        return countWords(paragraph);
    }

    /** Whether a break before {@code nextStart} is spurious: after a title, or before a lower-case word. */
    private static boolean continuesSentence(String text, Span previous, int nextStart) {
        if (Character.isLowerCase(text.charAt(nextStart))) {
            return true;
        }
        int wordStart = text.lastIndexOf(' ', previous.end() - 1) + 1;
        String lastWord = text.substring(Math.max(wordStart, previous.start()), previous.end());
        return NO_BREAK_AFTER.contains(lastWord.toLowerCase(Locale.ROOT));
    }

    private static int countWords(String paragraph) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ENGLISH);
        words.setText(paragraph);
        int count = 0;
        for (int from = words.first(), to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
            if (isWord(paragraph, from, to)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
