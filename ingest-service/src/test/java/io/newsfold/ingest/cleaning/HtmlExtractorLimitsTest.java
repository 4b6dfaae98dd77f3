package io.newsfold.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlExtractorLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private final HtmlExtractor extractor = new HtmlExtractor();

    /** The classic "billion laughs": ten entities, each ten of the one before. */
    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return dtd.append("]><html><body><p>Laughs: &lol9;</p></body></html>").toString();
    }

    @Test
    void doesNotExpandDtdEntities() {
        HtmlExtractor.Page page = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(billionLaughs(), null));

        assertTrue(page.text().length() < 100, "entities must not be expanded: " + page.text().length());
        assertTrue(page.text().contains("&lol9;"), page.text());
    }

    @Test
    void refusesAHundredThousandNestedDivsBeforeParsingThem() {
        String bomb = "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000);

        var e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(HtmlExtractor.TooComplexException.class, () -> extractor.extract(bomb, null)));
        assertTrue(e.getMessage().contains("elements"), e.getMessage());
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        int depth = HtmlExtractor.MAX_DEPTH + 10;
        String deep = "<html><body>" + "<blockquote>".repeat(depth) + "<p>deep</p>" + "</blockquote>".repeat(depth)
                + "</body></html>";

        var e = assertThrows(HtmlExtractor.TooComplexException.class, () -> extractor.extract(deep, null));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void refusesMoreElementsThanTheLimit() {
        String wide = "<html><body>" + "<p>x</p>".repeat(HtmlExtractor.MAX_ELEMENTS) + "</body></html>";

        assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(HtmlExtractor.TooComplexException.class, () -> extractor.extract(wide, null)));
    }

    @Test
    void extractsAPageNestedWithinTheLimitInBoundedTime() {
        int depth = HtmlExtractor.MAX_DEPTH - 10;
        String nested = "<html><body>" + "<li><blockquote>".repeat(depth / 2) + "<p>Still readable.</p>"
                + "</blockquote></li>".repeat(depth / 2) + "</body></html>";

        HtmlExtractor.Page page = assertTimeoutPreemptively(QUICKLY, () -> extractor.extract(nested, null));
        assertEquals("Still readable.", page.text());
    }
}
