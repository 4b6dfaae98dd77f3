package io.newsfold.nlp.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counted quantities: a run of CD tokens, the hedge before it ("some", "an estimated", "more than"), the unit or
 * counted noun after it, and the place named in the same sentence. A bare number with nothing counted (a year, a
 * route number) is not a statement and is skipped.
 */
final class NumberExtractor {

    private static final List<String> HEDGES = List.of(
            "an estimated", "more than", "fewer than", "less than", "at least", "up to", "as many as", "as few as",
            "close to", "upwards of", "in excess of", "some", "about", "around", "approximately", "roughly",
            "nearly", "almost", "over", "estimated", "only", "just", "barely", "under", "below", "above");

    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "m", 1e6, "bn", 1e9, "dozen", 12.0);

    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozens", 24), Map.entry("hundreds", 200),
            Map.entry("thousands", 2000), Map.entry("millions", 2_000_000));

    private static final Set<String> UNITS = Set.of(
            "percent", "%", "per", "km", "kilometers", "kilometres", "miles", "mph", "kg", "tons", "tonnes",
            "dollars", "euros", "pounds", "rubles", "roubles", "points");

    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "€", "£", "US$");

    /** Nouns for a place inside a country: "the city" is not the country named last. */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("city", "town", "capital", "neighbourhood",
            "neighborhood", "district");

    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "country", "region", "area", "province",
            "district", "neighbourhood", "neighborhood", "capital", "state");

    List<Claim> extract(Document doc) {
        List<Claim> out = new ArrayList<>();
        int n = doc.tokens.size();
        int i = 0;
        while (i < n) {
            Token t = doc.tokens.get(i);
            if (!t.isPos("CD") || isDatePart(doc, i)) {
                i++;
                continue;
            }
            int lo = i;
            int hi = i;
            while (hi + 1 < n && doc.sentenceOf[hi + 1] == doc.sentenceOf[i] && doc.tokens.get(hi + 1).isPos("CD")) {
                hi++;
            }
            i = hi + 1;
            Double value = value(doc, lo, hi);
            if (value == null) {
                continue;
            }
            String unit = null;
            String subject = null;
            int end = hi;
            int si = doc.sentenceOf[lo];
            int sentenceHi = doc.sentenceEnd[si];
            if (lo > doc.sentenceStart[si] && CURRENCY_SIGNS.contains(doc.tokens.get(lo - 1).word())) {
                unit = doc.tokens.get(lo - 1).word();
                lo--;
            }
            int j = hi + 1;
            if (unit == null && j < sentenceHi && UNITS.contains(Lexicon.lower(doc.tokens.get(j).word()))) {
                unit = Lexicon.lower(doc.tokens.get(j).word());
                end = j;
            } else if (j < sentenceHi) {
                int k = j;
                while (k < sentenceHi && k < j + 3 && (doc.tokens.get(k).isPos("JJ") || doc.tokens.get(k).isPos("VBN"))) {
                    k++;
                }
                if (k < sentenceHi && doc.tokens.get(k).isPos("NNS") || k < sentenceHi && doc.tokens.get(k).isPos("NN")
                        && value == 1.0) {
                    subject = Lexicon.lower(doc.tokens.get(k).word());
                    end = k;
                    if (unit == null) {
                        unit = subject;
                    }
                }
            }
            if (unit == null) {
                continue;
            }
            int hedgeStart = lo;
            String hedge = hedgeBefore(doc, lo);
            if (hedge != null) {
                hedgeStart = lo - hedge.split(" ").length;
            }
            int start = doc.tokens.get(hedgeStart).start();
            int stop = doc.tokens.get(end).end();
            String place = placeFor(doc, si, doc.tokens.get(lo).start());
            out.add(Claim.number(doc.text.substring(start, stop), start, stop, value, unit, hedge, subject, place));
        }
        return out;
    }

    private static boolean year(Document doc, int i) {
        String w = doc.tokens.get(i).word();
        return w.matches("1[89]\\d\\d|20\\d\\d");
    }

    private static boolean isDatePart(Document doc, int i) {
        Token t = doc.tokens.get(i);
        if ("DATE".equals(t.ner()) || "TIME".equals(t.ner())) {
            return true;
        }
        // "August 15", "15 August", "July 28, 2016" are dates however the tagger labels them.
        Token prev = i > 0 ? doc.tokens.get(i - 1) : null;
        Token next = i + 1 < doc.tokens.size() ? doc.tokens.get(i + 1) : null;
        return prev != null && isMonth(prev) || next != null && isMonth(next)
                || prev != null && prev.word().equals(",") && i > 1 && doc.tokens.get(i - 2).isPos("CD")
                && year(doc, i);
    }

    private static boolean isMonth(Token t) {
        return DateResolver.monthOf(t.word()) > 0 && Character.isUpperCase(t.word().charAt(0));
    }

    private static Double value(Document doc, int lo, int hi) {
        double total = 0;
        double current = -1;
        for (int i = lo; i <= hi; i++) {
            String w = doc.tokens.get(i).word().toLowerCase(Locale.ROOT).replace(",", "");
            Double scale = SCALES.get(w);
            if (scale != null) {
                current = (current < 0 ? 1 : current) * scale;
                if (scale >= 1e3) {
                    total += current;
                    current = -1;
                }
                continue;
            }
            Double v = parse(w);
            if (v == null) {
                return null;
            }
            current = current < 0 ? v : current + v;
        }
        if (current >= 0) {
            total += current;
        }
        return total;
    }

    private static Double parse(String w) {
        if (w.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(w);
        }
        if (w.matches("\\d+(\\.\\d+)?(m|bn|k)")) {
            double base = Double.parseDouble(w.replaceAll("[a-z]+$", ""));
            return base * (w.endsWith("bn") ? 1e9 : w.endsWith("m") ? 1e6 : 1e3);
        }
        Integer n = WORD_NUMBERS.get(w);
        if (n != null) {
            return n.doubleValue();
        }
        if (w.contains("-")) {
            double sum = 0;
            for (String part : w.split("-")) {
                Integer p = WORD_NUMBERS.get(part);
                if (p == null) {
                    return null;
                }
                sum += p;
            }
            return sum;
        }
        return null;
    }

    private static String hedgeBefore(Document doc, int lo) {
        int si = doc.sentenceOf[lo];
        for (String h : HEDGES) {
            String[] words = h.split(" ");
            int from = lo - words.length;
            if (from < doc.sentenceStart[si]) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.length; k++) {
                if (!Lexicon.lower(doc.tokens.get(from + k).word()).equals(words[k])) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return doc.text.substring(doc.tokens.get(from).start(), doc.tokens.get(lo - 1).end());
            }
        }
        return null;
    }

    /**
     * The place a count is about: a place named in its sentence (the nearest one after the number first, as in
     * "700,000 people ... in Aleppo"), else, when the sentence points back ("the divided city"), the last place
     * named before it.
     */
    private static String placeFor(Document doc, int si, int offset) {
        int sStart = doc.tokens.get(doc.sentenceStart[si]).start();
        int sEnd = doc.tokens.get(doc.sentenceEnd[si] - 1).end();
        Entity after = null;
        Entity before = null;
        for (Entity e : doc.entities) {
            if (e.type() != EntityType.LOCATION || e.start() < sStart || e.end() > sEnd) {
                continue;
            }
            if (e.start() >= offset && after == null) {
                after = e;
            } else if (e.start() < offset) {
                before = e;
            }
        }
        if (after != null) {
            return after.canonical();
        }
        if (before != null) {
            return before.canonical();
        }
        String placeNoun = null;
        for (int i = doc.sentenceStart[si]; i < doc.sentenceEnd[si] && placeNoun == null; i++) {
            String w = Lexicon.lower(doc.tokens.get(i).word());
            if (PLACE_NOUNS.contains(w)) {
                placeNoun = w;
            }
        }
        if (placeNoun == null) {
            return null;
        }
        if (SETTLEMENT_NOUNS.contains(placeNoun)) {
            String settlement = lastContainedPlaceBefore(doc, sStart);
            if (settlement != null) {
                return settlement;
            }
        }
        return lastPlaceBefore(doc, sStart);
    }

    /**
     * The last place before {@code before} that the text names as lying inside another ("Syria's Aleppo"): for
     * "the city", a better guess than the country named last.
     */
    private static String lastContainedPlaceBefore(Document doc, int before) {
        String found = null;
        for (Entity e : doc.entities) {
            if (e.type() != EntityType.LOCATION || e.end() > before || doc.inQuote(e.start()) || e.start() < 3) {
                continue;
            }
            String possessive = doc.text.substring(e.start() - 3, e.start());
            if (!possessive.equals("'s ") && !possessive.equals("’s ")) {
                continue;
            }
            for (Entity container : doc.entities) {
                if (container.type() == EntityType.LOCATION && container.end() == e.start() - 3) {
                    found = e.canonical();
                }
            }
        }
        return found;
    }

    /**
     * "The divided city" points back to the last place named before the sentence outside quotes, leaving out
     * places named as containers in a possessive ("Syria's Aleppo" points to Aleppo, not Syria).
     */
    private static String lastPlaceBefore(Document doc, int before) {
        Set<String> containers = new HashSet<>();
        Entity last = null;
        for (Entity e : doc.entities) {
            if (e.type() != EntityType.LOCATION || e.end() > before || doc.inQuote(e.start())) {
                continue;
            }
            String after = doc.text.substring(e.end(), Math.min(doc.text.length(), e.end() + 2));
            if (after.equals("'s") || after.equals("’s")) {
                containers.add(e.canonical());
            } else {
                last = e;
            }
        }
        for (int k = doc.entities.size() - 1; k >= 0; k--) {
            Entity e = doc.entities.get(k);
            if (e.type() == EntityType.LOCATION && e.end() <= before && !doc.inQuote(e.start())
                    && !containers.contains(e.canonical())) {
                return e.canonical();
            }
        }
        return last == null ? null : last.canonical();
    }
}
