package io.newsfold.dedupe.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> terms(String text) {
        TokenizedText t = tokenizer.tokenize(text);
        return t.tokens().stream().map(Token::term).toList();
    }

    @Test
    void foldsCaseQuoteStylesApostrophesAndAccents() {
        assertEquals(terms("\"It's the Café,\" said Zoë."), terms("“it’s THE cafe” said zoe"));
        assertEquals(List.of("its", "the", "cafe", "said", "zoe"), terms("“It’s the Café,” said Zoë."));
    }

    @Test
    void foldsDottedAcronymsLikeTheirUndottedForm() {
        assertEquals(terms("US and UN officials"), terms("U.S. and U.N. officials"));
    }

    @Test
    void keepsCharacterOffsetsIntoTheOriginalText() {
        String text = "  Governor  “Marrowby” said: 14,000 moved.";
        TokenizedText t = tokenizer.tokenize(text);
        for (Token token : t.tokens()) {
            assertEquals(token.term(), Tokenizer.fold(text.substring(token.start(), token.end())));
        }
        assertEquals("Marrowby", text.substring(t.start(1), t.end(1)));
        assertEquals(List.of("governor", "marrowby", "said", "14", "000", "moved"), terms(text));
    }

    @Test
    void splitsOnHyphensDashesAndPunctuation() {
        assertEquals(List.of("pro", "government", "forces", "left", "today"),
                terms("pro-government forces — left; today..."));
    }

    @Test
    void hashesEachTermAsItsFoldedStringWithoutBuildingIt() {
        String text = "Ærø's U.S. envoy met Zoë, the café's owner, and ﬁve Dvořák fans in São Paulo.";
        TokenizedText t = tokenizer.tokenize(text);
        for (int i = 0; i < t.size(); i++) {
            assertEquals(Hashing.ofString(t.term(i)), t.termHash(i), t.term(i));
        }
        assertEquals(List.of("ærøs", "us", "envoy", "met", "zoe", "the", "cafes", "owner", "and", "five", "dvorak",
                "fans", "in", "sao", "paulo"), terms(text));
    }

    @Test
    void keepsTheTermHashesStoredIndexesWereBuiltWith() {
        // Values from the string hash before terms were hashed while reading: a change here re-keys every index.
        TokenizedText t = tokenizer.tokenize("“It’s the Café,” said Zoë in the U.S.");
        assertEquals(-4722717161150038951L, t.termHash(0));
        assertEquals(7355631870228737099L, t.termHash(2));
        assertEquals(-6862477368891293693L, t.termHash(4));
        assertEquals(52928057151636243L, t.termHash(7));
        assertEquals("U.S", text(t, 7));
    }

    private static String text(TokenizedText t, int i) {
        return t.text().substring(t.start(i), t.end(i));
    }
}
