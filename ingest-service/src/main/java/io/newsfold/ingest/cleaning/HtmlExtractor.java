package io.newsfold.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * Extracts an article from a raw HTML page: body text as paragraphs, title, byline, publish date and canonical URL.
 * Scripts, styles, navigation, share bars, related-story lists, comments, ads and figures are dropped before the
 * body is chosen: the {@code <article>} element, an {@code articleBody}, or else the element whose own paragraphs
 * hold the most text.
 *
 * <p>A page deeper than {@link #MAX_DEPTH} elements or with more than {@link #MAX_ELEMENTS} is refused with
 * {@link TooComplexException}: the selection above walks subtrees of nested blocks, so its cost grows with elements
 * times depth, and real articles stay far below both. jsoup parses without recursion and does not expand DTD
 * entities, so a deep tree or an entity bomb cannot overflow the stack or grow the text.
 */
public final class HtmlExtractor {

    /** Deepest element nesting accepted; news pages are rarely deeper than 40. */
    public static final int MAX_DEPTH = 256;

    /** Most elements accepted; large news pages have a few thousand. */
    public static final int MAX_ELEMENTS = 50_000;

    /** A page too deep or too large to extract within bounded time. */
    public static class TooComplexException extends RuntimeException {

        TooComplexException(String detail) {
            super(detail);
        }
    }

    /** What a page says about its article; any field but {@code text} may be null. */
    public record Page(String title, String byline, String publishedAt, String canonicalUrl, String text) {
    }

    private static final String NEVER_CONTENT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, input, figure, figcaption, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[\\s_-])(?:share|sharing|social|related|"
            + "comments?|advert\\w*|ads?|ad-slot|promo\\w*|newsletter|subscribe|subscription|breadcrumbs?|cookie\\w*|"
            + "menu|sidebar|footer|header|nav\\w*|popup|modal|recommend\\w*|outbrain|taboola|most-read|trending|"
            + "caption|credit|byline-social|tags?|paywall|signup)(?:$|[\\s_-])");

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

    public Page extract(String html, String baseUrl) {
        if (startTags(html) > MAX_ELEMENTS) {
            throw new TooComplexException("the page has more than " + MAX_ELEMENTS + " elements");
        }
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        checkShape(doc);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.title(), text(doc.selectFirst("h1")));
        String byline = firstNonBlank(meta(doc, "meta[name=author]"), text(doc.selectFirst("[rel=author]")),
                text(doc.selectFirst("[itemprop=author]")), text(doc.selectFirst(".byline, .author")));
        String published = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), meta(doc, "meta[name=pubdate]"),
                meta(doc, "meta[name=date]"), attr(doc.selectFirst("time[datetime]"), "datetime"), jsonLdDate(doc));
        String canonical = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(doc, "meta[property=og:url]"));

        doc.select(NEVER_CONTENT).remove();
        removeBoilerplate(doc.body());
        Element root = bodyRoot(doc);
        String text = paragraphs(root);
        return new Page(title, byline, published, canonical, text);
    }

    /** Whether a submitted text is really a page (feeders often put the raw HTML where the text goes). */
    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.startsWith("<") && (head.contains("<p>") || head.contains("<p ") || head.contains("<div"));
    }

    /** An upper bound on the elements a page can produce, counted before paying for the parse. */
    private static int startTags(String html) {
        int count = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (next < 128 && Character.isLetter(next)) {
                count++;
            }
        }
        return count;
    }

    private static void checkShape(Document doc) {
        int[] elements = {0};
        String[] problem = {null};
        doc.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element) {
                    if (depth > MAX_DEPTH) {
                        problem[0] = "elements are nested more than " + MAX_DEPTH + " deep";
                    } else if (++elements[0] > MAX_ELEMENTS) {
                        problem[0] = "the page has more than " + MAX_ELEMENTS + " elements";
                    }
                }
                return problem[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
            }
        });
        if (problem[0] != null) {
            throw new TooComplexException(problem[0]);
        }
    }

    private static void removeBoilerplate(Element body) {
        if (body == null) {
            return;
        }
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || "article".equals(e.tagName())) {
                continue;
            }
            String marks = e.className() + " " + e.id();
            if (!marks.isBlank() && BOILERPLATE.matcher(marks).find()) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static Element bodyRoot(Document doc) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : doc.select("article, [itemprop=articleBody], main")) {
            int length = candidate.select(BLOCKS).text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Element body = doc.body();
        for (Element e : body.getAllElements()) {
            int own = 0;
            for (Element child : e.children()) {
                if ("p".equals(child.tagName())) {
                    own += child.text().length();
                }
            }
            if (own > bestLength) {
                best = e;
                bestLength = own;
            }
        }
        return best != null ? best : body;
    }

    private static String paragraphs(Element root) {
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            return root.wholeText();
        }
        List<String> out = new ArrayList<>();
        for (Element block : blocks) {
            // A list item or quote holding paragraphs is emitted through those paragraphs.
            if (!block.select(BLOCKS).stream().allMatch(b -> b == block)) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return String.join("\n\n", out);
    }

    private static String jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String meta(Document doc, String selector) {
        return attr(doc.selectFirst(selector), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
