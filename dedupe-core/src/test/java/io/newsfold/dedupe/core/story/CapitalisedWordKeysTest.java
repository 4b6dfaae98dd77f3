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
}
