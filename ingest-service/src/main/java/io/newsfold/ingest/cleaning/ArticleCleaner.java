package io.newsfold.ingest.cleaning;

/**
 * Turns what a feeder sent — plain text scraped from a page, or the raw page — into the story's body text and the
 * metadata found on the way. The cleaned text is what every later stage reads; the raw input is kept by ingest.
 */
public final class ArticleCleaner {

    /** The cleaned article; fields found on the page are null when the page did not say. */
    public record Cleaned(String text, String title, String byline, String pageUrl, String pagePublishedAt,
            java.util.List<String> wireCredits) {
    }

    private final HtmlExtractor html = new HtmlExtractor();
    private final ChromeStripper chrome = new ChromeStripper();

    /**
     * @param body  the submitted text or HTML, already in canonical white space
     * @param isHtml whether {@code body} is a page
     * @param title the submitted title, or null
     */
    public Cleaned clean(String body, boolean isHtml, String title, String url) {
        String text = body;
        String pageTitle = null;
        String byline = null;
        String pageUrl = null;
        String pagePublished = null;
        if (isHtml) {
            HtmlExtractor.Page page = html.extract(body, url);
            text = page.text();
            pageTitle = page.title();
            byline = page.byline();
            pageUrl = page.canonicalUrl();
            pagePublished = page.publishedAt();
        }
        java.util.List<String> credits = WireCredits.find(text);
        ChromeStripper.Stripped stripped = chrome.strip(text);
        String cleanText = stripped.text();
        String finalTitle = title != null ? title : pageTitle;
        if (stripped.headline() != null) {
            if (finalTitle == null) {
                finalTitle = stripped.headline();
            } else if (!finalTitle.equalsIgnoreCase(stripped.headline())) {
                // Not the title repeated: a heading of the story itself, so it stays in the text.
                cleanText = stripped.headline() + (cleanText.isEmpty() ? "" : "\n\n" + cleanText);
            }
        }
        return new Cleaned(cleanText, finalTitle, byline != null ? byline : stripped.byline(), pageUrl,
                pagePublished, credits);
    }
}
