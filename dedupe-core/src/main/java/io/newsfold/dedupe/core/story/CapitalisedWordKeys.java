package io.newsfold.dedupe.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A crude stand-in for canonical entity keys when no entity linker ran: capitalised words that do not start a
 * sentence (names of people, places, organisations), runs of them joined into one key ("tara_reid"), and numbers
 * of two or more digits (ages, tolls, years), which distinguish two events of the same kind.
 */
public final class CapitalisedWordKeys {

    private CapitalisedWordKeys() {
    }

    public static List<String> of(String text) {
        List<String> keys = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n') {
                    sentenceStart = true;
                    flush(run, keys);
                } else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                    flush(run, keys);
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
                    || isThousandsSeparator(text, i, start))) {
                i++;
            }
            String word = text.substring(start, i).replace(",", "");
            String lower = word.toLowerCase(Locale.ROOT);
            if (Character.isDigit(word.charAt(0))) {
                flush(run, keys);
                if (word.length() >= 2 && word.chars().allMatch(Character::isDigit)) {
                    keys.add("#" + word);
                }
            } else if (Character.isUpperCase(word.charAt(0)) && !Stopwords.ENGLISH.contains(lower)
                    && lower.length() > 1 && !sentenceStart) {
                run.add(lower);
            } else {
                flush(run, keys);
            }
            sentenceStart = false;
        }
        flush(run, keys);
        return keys;
    }

    /**
     * A comma inside a number followed by exactly three digits ("300,000", "1,250,000"): the number is one key,
     * not "300" and a "000" that every large number shares. "in 2008, 12 died" stays two numbers.
     */
    private static boolean isThousandsSeparator(String text, int i, int wordStart) {
        if (text.charAt(i) != ',' || i + 3 >= text.length()) {
            return false;
        }
        int groupStart = wordStart;
        for (int j = wordStart; j < i; j++) {
            char c = text.charAt(j);
            if (c == ',') {
                groupStart = j + 1;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        if (i - groupStart < 1 || i - groupStart > 3) {
            return false;
        }
        for (int j = i + 1; j <= i + 3; j++) {
            if (!Character.isDigit(text.charAt(j))) {
                return false;
            }
        }
        return i + 4 == text.length() || !Character.isDigit(text.charAt(i + 4));
    }

    private static void flush(List<String> run, List<String> keys) {
        if (run.isEmpty()) {
            return;
        }
        keys.addAll(run);
        if (run.size() > 1) {
            keys.add(String.join("_", run));
        }
        run.clear();
    }
}
