package io.newsfold.nlp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted passages by scanning characters, paragraph by paragraph. Straight and curly marks, double and
 * single. A paragraph that opens a double quote without closing it continues into the next paragraph when that
 * one opens with a quotation mark again (the newspaper convention). Single quotes are only looked for outside
 * double quotes and must close within their paragraph, because the same character is also the apostrophe.
 */
final class QuoteFinder {

    // Scraped copy often separates paragraphs by a single line break; a quote never runs over one unreopened.
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*");

    private QuoteFinder() {
    }

    static List<QuoteSpan> find(String text) {
        List<int[]> paragraphs = paragraphs(text);
        List<QuoteSpan> result = new ArrayList<>();
        List<QuoteSpan.Part> pending = new ArrayList<>();
        for (int[] para : paragraphs) {
            List<QuoteSpan.Part> parts = scanParagraph(text, para[0], para[1]);
            boolean opensWithQuote = !parts.isEmpty() && parts.get(0).openMark() == firstNonSpace(text, para[0]);
            if (!pending.isEmpty() && opensWithQuote) {
                pending.add(parts.remove(0));
                if (isClosed(pending.get(pending.size() - 1))) {
                    result.add(join(pending));
                    pending = new ArrayList<>();
                }
            } else if (!pending.isEmpty()) {
                result.add(join(pending));
                pending = new ArrayList<>();
            }
            for (QuoteSpan.Part p : parts) {
                if (isClosed(p)) {
                    result.add(join(List.of(p)));
                } else {
                    pending.add(p);
                }
            }
        }
        if (!pending.isEmpty()) {
            result.add(join(pending));
        }
        result.removeIf(q -> q.end() <= q.start());
        return result;
    }

    private static boolean isClosed(QuoteSpan.Part p) {
        return p.closeMark() >= p.end();
    }

    private static QuoteSpan join(List<QuoteSpan.Part> parts) {
        QuoteSpan.Part first = parts.get(0);
        QuoteSpan.Part last = parts.get(parts.size() - 1);
        return new QuoteSpan(first.openMark(), first.start(), last.end(), last.closeMark(), parts);
    }

    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, text.length()});
        return out;
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Parts inside one paragraph; at most the last one is open (closeMark &lt; end). */
    private static List<QuoteSpan.Part> scanParagraph(String text, int from, int to) {
        List<QuoteSpan.Part> parts = new ArrayList<>();
        int open = -1;
        int singleOpen = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // Two apostrophes stand for a double quotation mark in some wire copy: ''It is,'' he said.
            boolean doubled = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
            if (doubled) {
                c = '"';
            }
            char prev = i > from ? text.charAt(i - 1) : ' ';
            char next = i + 1 < to ? text.charAt(i + 1) : ' ';
            if (open < 0 && singleOpen < 0) {
                // A closing curly mark at the start of a word is a mistyped opening one (common in pasted copy).
                boolean misturned = c == '”' && Character.isWhitespace(prev) && Character.isLetter(next);
                if (doubled) {
                    open = i;
                    i++;
                } else if (c == '“' || misturned || (c == '"' && !Character.isWhitespace(next))) {
                    open = i;
                } else if ((c == '‘' || c == '\'') && !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                    singleOpen = i;
                }
            } else if (open >= 0) {
                if (c == '”' || c == '"') {
                    parts.add(part(text, open, doubled ? i + 1 : i));
                    open = -1;
                    if (doubled) {
                        i++;
                    }
                } else if (c == '“' && isSentenceStartAfter(text, open, i)) {
                    // A second opening mark with no close in between: the writer forgot to close the first.
                    parts.add(part(text, open, i));
                    open = i;
                }
            } else if ((c == '’' || c == '\'') && !Character.isLetterOrDigit(next)) {
                parts.add(part(text, singleOpen, i));
                singleOpen = -1;
            }
        }
        if (open >= 0) {
            int end = to;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            parts.add(new QuoteSpan.Part(open, open + 1, end, open));
        }
        return parts;
    }

    private static boolean isSentenceStartAfter(String text, int open, int i) {
        int j = i - 1;
        while (j > open && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        char c = text.charAt(j);
        return c == '.' || c == '!' || c == '?';
    }

    private static QuoteSpan.Part part(String text, int open, int close) {
        int s = open + 1;
        int e = close;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\'' && s == open + 1)) {
            s++;
        }
        if (e - 1 > s && text.charAt(e) == '\'' && text.charAt(e - 1) == '\'') {
            e--;
        }
        // The comma before a closing mark belongs to the reporting sentence, not to the words quoted.
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return new QuoteSpan.Part(open, s, e, close);
    }
}
