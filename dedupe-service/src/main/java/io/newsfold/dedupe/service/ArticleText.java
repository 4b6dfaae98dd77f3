package io.newsfold.dedupe.service;

/**
 * What dedupe reads of an article: the headline then the body, so that stories can use the headline, while every
 * offset dedupe publishes is shifted back to index into the body alone, as every other stage's offsets do.
 */
record ArticleText(String full, int bodyOffset) {

    static ArticleText of(String title, String body) {
        if (title == null || title.isBlank()) {
            return new ArticleText(body, 0);
        }
        String prefix = title + "\n\n";
        return new ArticleText(prefix + body, prefix.length());
    }

    /**
     * A range of an article's full text as a range of its body (which starts at {@code bodyOffset}), clipped to
     * the body; null if it lies in the headline.
     */
    static int[] bodyRange(int bodyOffset, int start, int end) {
        int s = Math.max(0, start - bodyOffset);
        int e = end - bodyOffset;
        return e <= s ? null : new int[] {s, e};
    }
}
