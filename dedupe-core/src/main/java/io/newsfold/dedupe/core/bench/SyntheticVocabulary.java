package io.newsfold.dedupe.core.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented words built from syllables, drawn with a Zipf law like real word frequencies: a few words are very
 * common (they play the part of function words and produce the stock phrases an index must tolerate) and most are
 * rare. No real text is involved.
 */
final class SyntheticVocabulary {
    private static final String[] ONSETS = {"b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n",
            "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z", "sh", "ch", "th"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "y"};
    private static final String[] CODAS = {"", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"};

    /** Inverse-CDF lookup: a uniform draw indexes this table instead of a binary search per word. */
    private static final int TABLE_BITS = 20;

    private final String[] words;
    private final int[] table;

    SyntheticVocabulary(int size, double zipfExponent, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> seen = new HashSet<>();
        words = new String[size];
        int n = 0;
        while (n < size) {
            // Frequent words are short, as in natural languages.
            int syllables = n < 200 ? 1 + random.nextInt(2) : 1 + random.nextInt(4);
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
                if (random.nextInt(3) == 0) {
                    w.append(CODAS[random.nextInt(CODAS.length)]);
                }
            }
            if (seen.add(w.toString())) {
                words[n++] = w.toString();
            }
        }
        double[] cumulative = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += 1 / Math.pow(i + 1, zipfExponent);
            cumulative[i] = total;
        }
        table = new int[1 << TABLE_BITS];
        for (int slot = 0; slot < table.length; slot++) {
            int i = Arrays.binarySearch(cumulative, (slot + 0.5) / table.length * total);
            table[slot] = i < 0 ? Math.min(-i - 1, size - 1) : i;
        }
    }

    String draw(SplittableRandom random) {
        return words[table[random.nextInt(table.length)]];
    }

    /** A rare word, used for names, so each story has its own people and places. */
    String rare(SplittableRandom random) {
        return words[words.length / 2 + random.nextInt(words.length / 2)];
    }
}
