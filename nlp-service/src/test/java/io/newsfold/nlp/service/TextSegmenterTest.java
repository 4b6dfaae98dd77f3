package io.newsfold.nlp.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfold.contracts.ArticleEnriched.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {

    private final TextSegmenter segmenter = new TextSegmenter();

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void endsASentenceAtABlankLineEvenWithoutAFullStop() {
        String text = "Harbour reopens after storm\n\nThe harbour reopened on Monday. Ships queued.";

        var segments = segmenter.segment(text);

        assertEquals(List.of("Harbour reopens after storm", "The harbour reopened on Monday.", "Ships queued."),
                texts(text, segments.sentences()));
    }

    @Test
    void keepsAbbreviationsInsideTheirSentence() {
        String text = "Mr. Lund said the U.S. port would open. It did.";

        assertEquals(List.of("Mr. Lund said the U.S. port would open.", "It did."),
                texts(text, segmenter.segment(text).sentences()));
    }

    @Test
    void countsWordsAndNumbersButNotPunctuation() {
        assertEquals(6, segmenter.segment("About 700,000 people live there — still.").tokenCount());
    }

    @Test
    void segmentsEmptyTextIntoNothing() {
        var segments = segmenter.segment("");
        assertEquals(0, segments.sentences().size());
        assertEquals(0, segments.tokenCount());
    }
}
