package io.newsfold.dedupe.core.text;

import java.text.Normalizer;
import java.util.Arrays;
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
        int[] starts = new int[Math.max(16, text.length() / 5)];
        int[] ends = new int[starts.length];
        long[] hashes = new long[starts.length];
        int n = 0;
        int len = text.length();
        int i = 0;
        StringBuilder nonAscii = new StringBuilder();
        while (i < len) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            // The folded term is hashed as it is read: an ASCII term never becomes a String here, which is most of
            // what tokenising cost when every candidate of every article was tokenised again.
            long hash = Hashing.FNV_OFFSET;
            boolean ascii = true;
            int termLength = 0;
            nonAscii.setLength(0);
            while (i < len) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    if (c >= 0x80 && ascii) {
                        ascii = false;
                        appendWordChars(text, start, i, nonAscii);
                    }
                    if (ascii) {
                        hash = Hashing.fnvStep(hash, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                    } else {
                        nonAscii.append(c);
                    }
                    termLength++;
                    i++;
                } else if (isApostrophe(c) && i + 1 < len && Character.isLetter(text.charAt(i + 1))
                        && termLength > 0) {
                    i++;
                } else if (c == '.' && termLength > 0 && isAcronymDot(text, i)) {
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
                hashes = Arrays.copyOf(hashes, n * 2);
            }
            starts[n] = start;
            ends[n] = end;
            hashes[n] = ascii ? Hashing.finish(hash) : Hashing.ofString(fold(nonAscii));
            n++;
        }
        return new TokenizedText(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(hashes, n));
    }

    /** The folded term of the token spanning {@code [start, end)}: its word characters, folded. */
    static String term(String text, int start, int end) {
        StringBuilder raw = new StringBuilder(end - start);
        appendWordChars(text, start, end, raw);
        return fold(raw);
    }

    /** Inside a token only apostrophes and acronym dots are not word characters, and neither is part of the term. */
    private static void appendWordChars(String text, int from, int to, StringBuilder out) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (isWordChar(c)) {
                out.append(c);
            }
        }
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    /** "U.S." and "U.N.": a dot between two single capital letters, so that "U.S." and "US" fold alike. */
    private static boolean isAcronymDot(String text, int dot) {
        if (dot < 1 || !Character.isUpperCase(text.charAt(dot - 1))) {
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
