package io.newsfold.dedupe.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalisedWordKeysTest {

    @Test
    void keepsNamesInsideSentencesJoinsRunsAndSkipsSentenceStarts() {
        List<String> keys = CapitalisedWordKeys.of(
                "Engineers met Governor Ilse Marrowby in Kelmora. Later, 14 trucks left in 2031.");
        assertEquals(List.of("governor", "ilse", "marrowby", "governor_ilse_marrowby", "kelmora", "#14", "#2031"),
                keys);
    }

    @Test
    void keepsNumbersWithThousandsSeparatorsWhole() {
        List<String> keys = CapitalisedWordKeys.of(
                "About 300,000 fled and 1,250,000 were cut off; in 2008, 12 died near 4,5 and 12,3456.");
        assertEquals(List.of("#300000", "#1250000", "#2008", "#12", "#12", "#3456"), keys);
    }
}
