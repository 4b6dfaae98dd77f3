package io.newsfold.nlp.core.eval;

import io.newsfold.nlp.core.ArticleAnalysis;
import io.newsfold.nlp.core.ArticleAnalyzer;
import io.newsfold.nlp.core.Claim;
import io.newsfold.nlp.core.ClaimKind;
import io.newsfold.nlp.core.SharedData;
import io.newsfold.nlp.core.Speaker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores quote and attribution extraction on PolNeAR (brat standoff). A gold attribution is found when some
 * extracted claim's content overlaps its Content span and the claim's speaker overlaps its Source span (either the
 * words in the frame or the name they resolve to). An extracted claim is correct when it finds some gold
 * attribution that way. Reported for all attributions against all quote and attribution claims, and for direct
 * quotes (gold Content with quotation marks) against quote claims; "content only" ignores the speaker.
 *
 * <p>Usage: {@code PolnearEval [polnear-dir] [--misses]}; the directory defaults to shared/eval/polnear-dev.
 */
public final class PolnearEval {

    private PolnearEval() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        boolean misses = false;
        for (String a : args) {
            if (a.equals("--misses")) {
                misses = true;
            } else {
                dir = Path.of(a);
            }
        }
        if (dir == null) {
            dir = SharedData.locate().map(p -> p.resolve("eval/polnear-dev"))
                    .orElseThrow(() -> new IllegalStateException("no shared/eval/polnear-dev; pass the directory"));
        }
        Map<String, Instant> dates = publicationDates(dir.resolve("metadata.tsv"));
        ArticleAnalyzer analyzer = ArticleAnalyzer.withCoreNlp();
        Score all = new Score();
        Score allContent = new Score();
        Score direct = new Score();
        Score directContent = new Score();
        List<Path> anns;
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            String base = ann.getFileName().toString().replaceAll("_[^_]+\\.ann$", "");
            Path txt = dir.resolve("text").resolve(base + ".txt");
            if (!Files.exists(txt)) {
                continue;
            }
            String text = Files.readString(txt);
            List<BratAttribution> gold = BratAttribution.read(ann);
            ArticleAnalysis analysis = analyzer.analyze(text, dates.get(base));
            List<Claim> claims = new ArrayList<>(analysis.claims(ClaimKind.QUOTE));
            claims.addAll(analysis.claims(ClaimKind.ATTRIBUTION));
            List<Claim> quotes = analysis.claims(ClaimKind.QUOTE);
            List<BratAttribution> goldQuotes = gold.stream().filter(BratAttribution::isDirectQuote).toList();
            all.add(gold, claims, true);
            allContent.add(gold, claims, false);
            direct.add(goldQuotes, quotes, true);
            directContent.add(goldQuotes, quotes, false);
            if (misses) {
                printMisses(base, text, goldQuotes, quotes);
            }
        }
        System.out.printf(Locale.ROOT, "PolNeAR %s: %d annotation files (a text annotated several times counts each time)%n",
                dir.getFileName(), anns.size());
        all.print("all attributions, content+source");
        allContent.print("all attributions, content only");
        direct.print("direct quotes, content+source (source F1)");
        directContent.print("direct quotes, content only");
    }

    private static void printMisses(String base, String text, List<BratAttribution> gold, List<Claim> quotes) {
        for (BratAttribution g : gold) {
            if (quotes.stream().noneMatch(c -> matches(c, g, true))) {
                Claim near = quotes.stream().filter(c -> matches(c, g, false)).findFirst().orElse(null);
                String src = g.source().isEmpty() ? "-" : text.substring(g.source().get(0)[0], g.source().get(0)[1]);
                String got = near == null ? "NO QUOTE" : near.speaker() == null ? "no speaker"
                        : near.speaker().name() + " [" + text.substring(near.speaker().referenceStart(),
                        near.speaker().referenceEnd()) + "]";
                System.out.printf("MISS %s | gold src=%s | got %s | %s%n", base, src, got,
                        abbreviate(g.contentText()));
            }
        }
        for (Claim c : quotes) {
            if (gold.stream().noneMatch(g -> matches(c, g, true))) {
                String got = c.speaker() == null ? "no speaker" : c.speaker().name();
                System.out.printf("FP   %s | got %s | %s%n", base, got, abbreviate(c.text()));
            }
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 110 ? one.substring(0, 110) + "…" : one;
    }

    static boolean matches(Claim c, BratAttribution g, boolean withSource) {
        if (!overlaps(c.start(), c.end(), g.content())) {
            return false;
        }
        if (!withSource || g.source().isEmpty()) {
            return true;
        }
        Speaker s = c.speaker();
        return s != null && (overlaps(s.start(), s.end(), g.source())
                || overlaps(s.referenceStart(), s.referenceEnd(), g.source()));
    }

    private static boolean overlaps(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Instant> publicationDates(Path metadata) throws IOException {
        Map<String, Instant> out = new HashMap<>();
        if (!Files.exists(metadata)) {
            return out;
        }
        List<String> lines = Files.readAllLines(metadata);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("filename");
        int date = header.indexOf("publication_date");
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (file >= 0 && date >= 0 && cols.length > Math.max(file, date) && cols[date].matches("\\d{4}-\\d\\d-\\d\\d")) {
                out.put(cols[file], LocalDate.parse(cols[date]).atTime(12, 0).toInstant(ZoneOffset.UTC));
            }
        }
        return out;
    }

    /** Precision over claims, recall over gold attributions. */
    private static final class Score {
        private int gold;
        private int goldFound;
        private int claims;
        private int claimsRight;

        void add(List<BratAttribution> goldItems, List<Claim> extracted, boolean withSource) {
            gold += goldItems.size();
            claims += extracted.size();
            for (BratAttribution g : goldItems) {
                if (extracted.stream().anyMatch(c -> matches(c, g, withSource))) {
                    goldFound++;
                }
            }
            for (Claim c : extracted) {
                if (goldItems.stream().anyMatch(g -> matches(c, g, withSource))) {
                    claimsRight++;
                }
            }
        }

        void print(String label) {
            double p = claims == 0 ? 0 : (double) claimsRight / claims;
            double r = gold == 0 ? 0 : (double) goldFound / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf(Locale.ROOT, "%-44s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n",
                    label, p, claimsRight, claims, r, goldFound, gold, f);
        }
    }
}
