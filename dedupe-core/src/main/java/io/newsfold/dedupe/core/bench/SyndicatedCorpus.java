package io.newsfold.dedupe.core.bench;

import io.newsfold.dedupe.core.text.Hashing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible stream of synthetic news articles in which some articles reuse earlier ones the way outlets reuse
 * wire copy: whole reprints with site chrome, truncated, lightly edited or with paragraphs reordered, and original
 * articles that embed a few paragraphs of an earlier one. The rest are unrelated background articles.
 *
 * <p>Article {@code i} is a pure function of (seed, i): the benchmark regenerates texts instead of keeping a
 * million of them in memory, the way the service would fetch them from its database.
 */
public final class SyndicatedCorpus {
    private static final int SITES = 60;
    /** A derivative reuses an article published at most this many articles earlier. */
    private static final int MAX_LOOKBACK = 2000;

    private final long seed;
    private final double derivativeShare;
    private final int articlesPerDay;
    private final Instant start = Instant.parse("2031-01-01T00:00:00Z");
    private final SyntheticVocabulary vocabulary;

    public enum Kind { ORIGINAL, COPY, PARTIAL }

    public SyndicatedCorpus(long seed, double derivativeShare, int articlesPerDay) {
        this.seed = seed;
        this.derivativeShare = derivativeShare;
        this.articlesPerDay = articlesPerDay;
        this.vocabulary = new SyntheticVocabulary(30_000, 1.05, seed);
    }

    public static String id(long i) {
        return "a" + i;
    }

    public static long index(String id) {
        return Long.parseLong(id.substring(1));
    }

    public Instant publishedAt(long i) {
        return start.plus(Duration.ofMillis(i * 86_400_000L / articlesPerDay));
    }

    public Kind kind(long i) {
        SplittableRandom r = random(i, 1);
        if (i < 50 || r.nextDouble() >= derivativeShare) {
            return Kind.ORIGINAL;
        }
        return r.nextDouble() < 0.6 ? Kind.COPY : Kind.PARTIAL;
    }

    /** The original a derivative draws on (derivatives of derivatives resolve to the first original). */
    public long source(long i) {
        if (kind(i) == Kind.ORIGINAL) {
            return i;
        }
        long o = i - 1 - random(i, 2).nextLong(Math.min(i, MAX_LOOKBACK));
        while (kind(o) != Kind.ORIGINAL) {
            o = source(o);
        }
        return o;
    }

    /** The page as scraped: the site's chrome around the article body. */
    public String text(long i) {
        int site = random(i, 3).nextInt(SITES);
        return chromeHeader(site) + "\n\n" + body(i) + "\n\n" + chromeFooter(site);
    }

    /** The article without its site's chrome: what the ground truth of reuse is computed on. */
    public String body(long i) {
        List<String> paragraphs = switch (kind(i)) {
            case ORIGINAL -> originalBody(i);
            case COPY -> copyBody(i, originalBody(source(i)));
            case PARTIAL -> partialBody(i, originalBody(source(i)));
        };
        return String.join("\n\n", paragraphs);
    }

    private List<String> originalBody(long i) {
        SplittableRandom r = random(i, 4);
        List<String> names = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            names.add(capitalise(vocabulary.rare(r)));
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(sentence(r, names, 6, 12).replace(".", ""));
        int count = 6 + r.nextInt(9);
        for (int p = 0; p < count; p++) {
            paragraphs.add(paragraph(r, names));
        }
        return paragraphs;
    }

    private List<String> copyBody(long i, List<String> source) {
        SplittableRandom r = random(i, 5);
        List<String> out = new ArrayList<>(source);
        if (r.nextDouble() < 0.5) {
            // Truncated: the reprint keeps the top of the story, as papers cut wire copy from the bottom.
            int keep = Math.max(3, (int) Math.ceil(out.size() * (0.5 + 0.5 * r.nextDouble())));
            out = new ArrayList<>(out.subList(0, Math.min(keep, out.size())));
        }
        if (r.nextDouble() < 0.3 && out.size() > 4) {
            List<String> tail = out.subList(2, out.size());
            Collections.shuffle(tail, new java.util.Random(r.nextLong()));
        }
        if (r.nextDouble() < 0.6) {
            out.replaceAll(p -> lightlyEdited(p, r));
        }
        if (r.nextDouble() < 0.3) {
            out.set(0, sentence(r, List.of(), 5, 10).replace(".", ""));
        }
        return out;
    }

    private List<String> partialBody(long i, List<String> source) {
        SplittableRandom r = random(i, 6);
        List<String> own = new ArrayList<>(originalBody(i));
        int borrowed = 2 + r.nextInt(3);
        for (int b = 0; b < borrowed && source.size() > 1; b++) {
            String paragraph = source.get(1 + r.nextInt(source.size() - 1));
            own.add(1 + r.nextInt(own.size()), paragraph);
        }
        return own;
    }

    /** About one word in twenty-five replaced or dropped: a copy editor's touch, not a rewrite. */
    private String lightlyEdited(String paragraph, SplittableRandom r) {
        String[] words = paragraph.split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            double x = r.nextDouble();
            if (x < 0.02) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(x < 0.04 ? vocabulary.draw(r) : w);
        }
        return out.toString();
    }

    private String paragraph(SplittableRandom r, List<String> names) {
        int sentences = 1 + r.nextInt(3);
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                p.append(' ');
            }
            p.append(sentence(r, names, 10, 28));
        }
        return p.toString();
    }

    private String sentence(SplittableRandom r, List<String> names, int min, int max) {
        int length = min + r.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = !names.isEmpty() && r.nextInt(12) == 0 ? names.get(r.nextInt(names.size()))
                    : vocabulary.draw(r);
            if (w == 0) {
                word = capitalise(word);
            }
            if (w > 0) {
                s.append(w % 9 == 0 && r.nextBoolean() ? ", " : " ");
            }
            s.append(word);
        }
        return s.append('.').toString();
    }

    private String chromeHeader(int site) {
        SplittableRandom r = new SplittableRandom(Hashing.mix(seed * 31 + site * 7919L + 1));
        return sentence(r, List.of(), 5, 8).replace(".", " |") + " " + sentence(r, List.of(), 4, 7);
    }

    private String chromeFooter(int site) {
        SplittableRandom r = new SplittableRandom(Hashing.mix(seed * 31 + site * 7919L + 2));
        return sentence(r, List.of(), 8, 14) + "\n" + sentence(r, List.of(), 6, 10);
    }

    private SplittableRandom random(long i, int stream) {
        return new SplittableRandom(Hashing.mix(Hashing.mix(seed + i * 0x9E3779B97F4A7C15L) + stream));
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
