package io.newsfold.nlp.core;

import java.util.List;

/**
 * Quoted words found by {@link QuoteFinder}: {@code start}/{@code end} bound the words inside the marks,
 * {@code openMark}/{@code closeMark} the marks themselves ({@code closeMark} is {@code end} when a paragraph ends
 * inside the quote). A quote running over several paragraphs has one {@link Part} per paragraph.
 */
record QuoteSpan(int openMark, int start, int end, int closeMark, List<Part> parts) {

    record Part(int openMark, int start, int end, int closeMark) {
    }

    QuoteSpan {
        parts = List.copyOf(parts);
    }

    int outerEnd() {
        return Math.max(closeMark + 1, end);
    }

    boolean covers(int offset) {
        for (Part p : parts) {
            if (offset >= p.openMark() && offset < Math.max(p.closeMark() + 1, p.end())) {
                return true;
            }
        }
        return false;
    }
}
