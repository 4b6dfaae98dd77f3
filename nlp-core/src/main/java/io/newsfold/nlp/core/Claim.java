package io.newsfold.nlp.core;

import java.time.LocalDate;

/**
 * One statement pulled from an article. {@code start}/{@code end} index into the analysed text: for quotes the
 * quoted words without the marks, for attributions the reported content, for numbers and dates the expression.
 * Fields that do not apply to a kind are null.
 *
 * @param speaker    quotes and attributions: who said it; null when no speaker was found
 * @param value      numbers: normalised quantity ("2 million" is 2000000)
 * @param unit       numbers: unit or counted noun ("people", "percent")
 * @param hedge      numbers: hedge word kept as written ("some", "an estimated"), null when exact
 * @param subject    numbers: what is counted, the noun phrase head ("people")
 * @param place      numbers: canonical key of the place in the same sentence, if any
 * @param date       dates: the resolved day (UTC)
 */
public record Claim(ClaimKind kind, String text, int start, int end, Speaker speaker,
                    Double value, String unit, String hedge, String subject, String place,
                    LocalDate date) {

    public static Claim quote(String text, int start, int end, Speaker speaker) {
        return new Claim(ClaimKind.QUOTE, text, start, end, speaker, null, null, null, null, null, null);
    }

    public static Claim attribution(String text, int start, int end, Speaker speaker) {
        return new Claim(ClaimKind.ATTRIBUTION, text, start, end, speaker, null, null, null, null, null, null);
    }

    public static Claim number(String text, int start, int end, double value, String unit, String hedge,
                               String subject, String place) {
        return new Claim(ClaimKind.NUMBER, text, start, end, null, value, unit, hedge, subject, place, null);
    }

    public static Claim date(String expression, int start, int end, LocalDate date) {
        return new Claim(ClaimKind.DATE, expression, start, end, null, null, null, null, null, null, date);
    }

    /** For dates, the expression as written ("last Thursday"); the same as {@code text}. */
    public String expression() {
        return text;
    }
}
