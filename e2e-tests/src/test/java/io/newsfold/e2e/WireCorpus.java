package io.newsfold.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wire stories and their reprints for the fault test, as many as wanted. Every content word and name is invented
 * from the story's number, so two stories share only function words, as reports of unrelated events do, and a
 * clean run folds exactly each story's copies together.
 */
final class WireCorpus {

    private WireCorpus() {
    }

    /** A capitalised name, the {@code j}th of story {@code s} in this run; no other story or run has it. */
    static String name(String run, int s, int j) {
        String w = word(run, s, j);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Copy {@code copy} of story {@code s}: the wire text, ending with a line of its own as reprints do. */
    static String text(String run, int s, int copy) {
        List<String> paragraphs = new ArrayList<>();
        int j = 1;
        for (int p = 0; p < 5; p++) {
            StringBuilder para = new StringBuilder();
            for (int sentence = 0; sentence < 2; sentence++) {
                para.append("The ").append(word(run, s, j++)).append(" of ").append(name(run, s, 0)).append(' ')
                        .append(word(run, s, j++)).append(" the ").append(word(run, s, j++)).append(" near ")
                        .append(name(run, s, j++)).append(", ").append(name(run, s, 99)).append(" said. ");
            }
            paragraphs.add(para.toString().strip());
        }
        paragraphs.add("Copy " + copy + " of this report was filed by desk " + (copy + 1) + " in "
                + name(run, s, 0) + ".");
        return String.join("\n\n", paragraphs);
    }

    /**
     * Letters for the run, the story and the word, with 'z' and 'y' as separators that the number letters (a to
     * j) never use, so distinct (run, story, word) give distinct words.
     */
    private static String word(String run, int s, int j) {
        return "v" + letters(run) + "z" + letters(Integer.toString(s)) + "y" + letters(Integer.toString(j)) + "on";
    }

    private static String letters(String digits) {
        StringBuilder out = new StringBuilder();
        for (char ch : digits.toLowerCase(Locale.ROOT).toCharArray()) {
            int d = Character.digit(ch, 16);
            // Hex digits a-f become k-p, clear of the decimal digits' a-j.
            out.append((char) (d < 10 ? 'a' + d : 'k' + d - 10));
        }
        return out.toString();
    }
}
