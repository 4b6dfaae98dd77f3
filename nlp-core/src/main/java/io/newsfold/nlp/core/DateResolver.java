package io.newsfold.nlp.core;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions resolved against the publication day (UTC): "July 28, 2016", "15 August 2016", "August 15",
 * "on Monday", "last Thursday", "next Friday", "yesterday". Without a publication date only expressions that carry
 * their year resolve.
 *
 * <p>A bare weekday in a news report means the most recent such day, the publication day included, unless the
 * sentence speaks of the future ("will", "is due to"): then it is the next one.
 */
final class DateResolver {

    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern DATES = Pattern.compile(
            "\\b" + MONTH + " " + DAY + ",? (\\d{4})\\b"                           // 1-3: July 28, 2016
                    + "|\\b" + DAY + " " + MONTH + ",? (\\d{4})\\b"                 // 4-6: 28 July 2016
                    + "|\\b" + MONTH + " " + DAY + "\\b(?!,? \\d)"                 // 7-8: August 15
                    + "|\\b" + DAY + " " + MONTH + "\\b"                           // 9-10: 15 August
                    + "|\\b(?:(last|next|this|on|On|Last|Next|This) )?" + WEEKDAY + "\\b(?!s)" // 11-12
                    + "|\\b(yesterday|today|tomorrow|Yesterday|Today|Tomorrow)\\b"); // 13

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|'ll|shall|is due to|are due to|plans to|is scheduled|are scheduled|is expected to|"
                    + "are expected to|upcoming)\\b");

    List<Claim> extract(String text, Instant publishedAt) {
        LocalDate base = publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
        List<Claim> out = new ArrayList<>();
        Matcher m = DATES.matcher(text);
        while (m.find()) {
            LocalDate date = resolve(m, text, base);
            if (date != null) {
                out.add(Claim.date(m.group(), m.start(), m.end(), date));
            }
        }
        return out;
    }

    private static LocalDate resolve(Matcher m, String text, LocalDate base) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), monthOf(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (m.group(5) != null) {
                return LocalDate.of(Integer.parseInt(m.group(6)), monthOf(m.group(5)), Integer.parseInt(m.group(4)));
            }
            if (base == null) {
                return null;
            }
            if (m.group(7) != null) {
                return nearestYear(base, monthOf(m.group(7)), Integer.parseInt(m.group(8)));
            }
            if (m.group(10) != null) {
                return nearestYear(base, monthOf(m.group(10)), Integer.parseInt(m.group(9)));
            }
            if (m.group(12) != null) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(12).toUpperCase(Locale.ROOT));
                String modifier = m.group(11) == null ? "" : m.group(11).toLowerCase(Locale.ROOT);
                return switch (modifier) {
                    case "last" -> base.with(TemporalAdjusters.previous(day));
                    case "next" -> base.with(TemporalAdjusters.next(day));
                    default -> future(text, m.start())
                            ? base.with(TemporalAdjusters.nextOrSame(day))
                            : base.with(TemporalAdjusters.previousOrSame(day));
                };
            }
            return switch (m.group(13).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> base.minusDays(1);
                case "tomorrow" -> base.plusDays(1);
                default -> base;
            };
        } catch (DateTimeException | NumberFormatException e) {
            // "February 30" and the like are not dates: no claim rather than a wrong one.
            return null;
        }
    }

    /** A month and day without a year: the year that puts it nearest the publication day. */
    private static LocalDate nearestYear(LocalDate base, int month, int day) {
        LocalDate best = null;
        for (int y = base.getYear() - 1; y <= base.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null || Math.abs(d.toEpochDay() - base.toEpochDay())
                    < Math.abs(best.toEpochDay() - base.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    private static boolean future(String text, int at) {
        int from = at;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return FUTURE.matcher(text.substring(from, to)).find();
    }

    /** 1-12 for an English month name or its abbreviation ("Aug.", "Sept."), else 0. */
    static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (w.equals(full) || w.equals(full.substring(0, 3)) || w.equals("sept") && month.getValue() == 9) {
                return month.getValue();
            }
        }
        return 0;
    }
}
