package io.newsfold.dedupe.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into case-folded word tokens with offsets into the original.
 *
 * <p>Republishers change typography more than words: curly versus straight quotes and apostrophes, accents dropped
 * by one CMS and kept by another, hyphenation, "U.S." versus "US". So a token is a run of letters and digits;
 * apostrophes inside a word are dropped ("it's" and "it’s" both give "its"); dots between single letters are
 * dropped ("U.S." gives "us"); everything else (punctuation, quotes, dashes) separates tokens and is forgotten;
 * diacritics are stripped.
 */
public final class Tokenizer {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    public TokenizedText tokenize(String text) {
        List<String> terms = new ArrayList<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int len = text.length();
        int i = 0;
        StringBuilder term = new StringBuilder();
        while (i < len) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            term.setLength(0);
            while (i < len) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    term.append(c);
                    i++;
                } else if (isApostrophe(c) && i + 1 < len && Character.isLetter(text.charAt(i + 1))
                        && term.length() > 0) {
                    i++;
                } else if (c == '.' && isAcronymDot(text, i, term)) {
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            while (end > start && text.charAt(end - 1) == '.') {
                end--;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = start;
            ends[n] = end;
            n++;
            terms.add(fold(term));
        }
        return new TokenizedText(text, terms.toArray(String[]::new), Arrays.copyOf(starts, n),
                Arrays.copyOf(ends, n));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    /** "U.S." and "U.N.": a dot between two single capital letters, so that "U.S." and "US" fold alike. */
    private static boolean isAcronymDot(String text, int dot, CharSequence term) {
        if (term.length() == 0 || dot < 1 || !Character.isUpperCase(text.charAt(dot - 1))) {
            return false;
        }
        boolean singleBefore = dot < 2 || text.charAt(dot - 2) == '.' || !Character.isLetter(text.charAt(dot - 2));
        boolean singleAfter = dot + 1 < text.length() && Character.isUpperCase(text.charAt(dot + 1))
                && (dot + 2 == text.length() || !Character.isLetter(text.charAt(dot + 2)));
        return singleBefore && singleAfter;
    }

    static String fold(CharSequence raw) {
        String s = raw.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            s = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
