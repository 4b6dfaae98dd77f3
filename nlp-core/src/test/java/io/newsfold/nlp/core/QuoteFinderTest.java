package io.newsfold.nlp.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {

    private static List<String> quoted(String text) {
        return QuoteFinder.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void findsCurlyAndStraightDoubleQuotes() {
        assertEquals(List.of("We stay", "We go"), quoted("“We stay,” she said. He replied: \"We go\"."));
    }

    @Test
    void findsSingleQuotesButNotApostrophes() {
        String text = "The mayor's aide said 'we won't move' and left the council's hall.";
        assertEquals(List.of("we won't move"), quoted(text));
    }

    @Test
    void readsDoubledApostrophesAsADoubleMark() {
        assertEquals(List.of("It holds up"), quoted("''It holds up,'' the auditor said."));
    }

    @Test
    void joinsAQuoteReopenedInTheNextParagraph() {
        String text = "\"The first part runs on,\n\n\"and the second part ends here,\" Orla Penn said.";
        List<QuoteSpan> quotes = QuoteFinder.find(text);
        assertEquals(1, quotes.size());
        assertEquals(2, quotes.get(0).parts().size());
        String content = text.substring(quotes.get(0).start(), quotes.get(0).end());
        assertTrue(content.startsWith("The first part") && content.endsWith("ends here"), content);
    }

    @Test
    void closesAnUnreopenedQuoteAtTheParagraphEnd() {
        String text = "\"Nobody closed this one\n\nA new paragraph without marks.";
        assertEquals(List.of("Nobody closed this one"), quoted(text));
    }
}
