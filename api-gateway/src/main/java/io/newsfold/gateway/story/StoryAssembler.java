package io.newsfold.gateway.story;

import io.newsfold.gateway.story.MergedStory.Carrier;
import io.newsfold.gateway.story.StoryMaterial.Article;
import io.newsfold.gateway.story.StoryMaterial.ClaimRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the merged view of one story from its articles' rows: no state, no I/O, so every rule here is tested
 * directly.
 */
public final class StoryAssembler {

    /** Two wordings are one claim when this share of the shorter one's words appear in the longer one. */
    static final double SAME_CLAIM_OVERLAP = 0.6;
    /** Values within this relative distance are the same figure ("about 700,000" and "700,000"). */
    static final double SAME_VALUE_TOLERANCE = 0.02;
    /** A date in the first this-many characters dates the event the story reports. */
    static final int LEAD_CHARS = 400;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EVENT_DAY = Pattern.compile("(?i)\\b(?:on |last |this |next )?(?:monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)\\b|\\b(?:january|february"
            + "|march|april|may|june|july|august|september|october|november|december) \\d{1,2}\\b");

    public MergedStory assemble(StoryMaterial material) {
        List<Article> articles = inStoryOrder(material.articles());
        Map<String, Article> byId = sourced(articles);
        Article leadArticle = articles.stream().filter(a -> "origin".equals(a.relation())).findFirst()
                .orElse(articles.isEmpty() ? null : articles.get(0));
        Instant from = articles.stream().map(Article::seenAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        Instant to = articles.stream().map(Article::seenAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        return new MergedStory(material.storyId(),
                leadArticle == null ? null : firstNonNull(leadArticle.title(), firstTitle(articles)),
                leadArticle == null ? null : firstParagraph(leadArticle.text()),
                from, to, articles.size(), sources(articles), entities(material, byId), claims(material, byId),
                disagreements(material, byId));
    }

    /** What {@link #assemble} gives as the story's disagreements; it reads only the number and date claims. */
    public List<MergedStory.Disagreement> disagreements(StoryMaterial material) {
        return disagreements(material, sourced(inStoryOrder(material.articles())));
    }

    /** The origin leads; then sources in the order they came out. */
    private static List<Article> inStoryOrder(List<Article> articles) {
        return articles.stream()
                .sorted(Comparator.comparing((Article a) -> !"origin".equals(a.relation()))
                        .thenComparing(Article::seenAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::id))
                .toList();
    }

    /**
     * The articles whose source is known, by id, in story order. What sources say is merged only from these: an
     * article's enrichment can be projected before its ingested event (they travel on different topics), and until
     * that arrives its entities and claims have no source to be counted under.
     */
    private static Map<String, Article> sourced(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.stream().filter(a -> a.source() != null).forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    private static List<MergedStory.Source> sources(List<Article> articles) {
        return articles.stream().map(a -> new MergedStory.Source(a.id(), a.source(), a.url(), a.title(),
                a.publishedAt(), a.wireCredits(), a.familyId(), a.relation() == null ? "independent" : a.relation(),
                a.share())).toList();
    }

    private static List<MergedStory.Entity> entities(StoryMaterial material, Map<String, Article> byId) {
        Map<String, List<StoryMaterial.EntityMention>> byKey = material.entities().stream()
                .filter(e -> byId.containsKey(e.articleId()))
                .collect(Collectors.groupingBy(StoryMaterial.EntityMention::canonical, LinkedHashMap::new,
                        Collectors.toList()));
        List<MergedStory.Entity> out = new ArrayList<>();
        byKey.forEach((key, mentions) -> {
            Map<String, Integer> perSource = new TreeMap<>();
            mentions.forEach(m -> perSource.merge(byId.get(m.articleId()).source(), 1, Integer::sum));
            String name = mentions.stream().map(StoryMaterial.EntityMention::text)
                    .max(Comparator.comparingInt(String::length)).orElse(key);
            out.add(new MergedStory.Entity(key, name, mentions.get(0).type(), mentions.size(), perSource));
        });
        out.sort(Comparator.comparingInt((MergedStory.Entity e) -> -e.perSource().size())
                .thenComparingInt(e -> -e.mentions()).thenComparing(MergedStory.Entity::canonical));
        return out;
    }

    /** A claim being merged: its first wording, speaker and carriers. */
    private static final class Group {
        final ClaimRow first;
        final Set<String> words;
        final Map<String, List<Carrier>> variants = new LinkedHashMap<>();
        final List<Carrier> carriers = new ArrayList<>();

        Group(ClaimRow first, Set<String> words) {
            this.first = first;
            this.words = words;
        }
    }

    private static List<MergedStory.Claim> claims(StoryMaterial material, Map<String, Article> byId) {
        List<Group> groups = new ArrayList<>();
        for (ClaimRow claim : inArticleOrder(material.claims(), byId)) {
            if (!claim.kind().equals("quote") && !claim.kind().equals("attribution")) {
                continue;
            }
            // Split once per claim, not once per group it is compared with: a story with many copies carries each
            // quote many times over.
            Set<String> words = words(claim.text());
            Group group = groups.stream().filter(g -> sameClaim(g, claim, words)).findFirst().orElse(null);
            if (group == null) {
                group = new Group(claim, words);
                groups.add(group);
            }
            Carrier carrier = new Carrier(claim.articleId(), byId.get(claim.articleId()).source());
            if (group.carriers.stream().noneMatch(c -> c.articleId().equals(claim.articleId()))) {
                group.carriers.add(carrier);
            }
            group.variants.computeIfAbsent(claim.text(), t -> new ArrayList<>()).add(carrier);
        }
        return groups.stream().map(g -> {
            Article first = g.carriers.stream().map(c -> byId.get(c.articleId()))
                    .min(Comparator.comparing(Article::seenAt, Comparator.nullsLast(Comparator.naturalOrder())))
                    .orElseThrow();
            List<MergedStory.Variant> variants = g.variants.entrySet().stream()
                    .map(v -> new MergedStory.Variant(v.getKey(), List.copyOf(v.getValue()))).toList();
            return new MergedStory.Claim(g.first.kind(), g.first.text(), speaker(g), new MergedStory.FirstSeen(
                    first.id(), first.source(), first.seenAt()), List.copyOf(g.carriers), variants);
        }).sorted(Comparator.comparingInt((MergedStory.Claim c) -> -c.sources().size())).toList();
    }

    private static MergedStory.Speaker speaker(Group g) {
        return g.first.speakerName() == null && g.first.speakerCanonical() == null ? null
                : new MergedStory.Speaker(g.first.speakerName(), g.first.speakerCanonical());
    }

    private static boolean sameClaim(Group g, ClaimRow claim, Set<String> claimWords) {
        if (!g.first.kind().equals(claim.kind())) {
            return false;
        }
        String a = g.first.speakerCanonical();
        String b = claim.speakerCanonical();
        if (a != null && b != null && !a.equals(b)) {
            return false;
        }
        return overlap(g.words, claimWords) >= SAME_CLAIM_OVERLAP;
    }

    private static List<MergedStory.Disagreement> disagreements(StoryMaterial material, Map<String, Article> byId) {
        List<MergedStory.Disagreement> out = new ArrayList<>();
        Map<String, List<ClaimRow>> numbersBySubject = inArticleOrder(material.claims(), byId).stream()
                .filter(c -> c.kind().equals("number") && c.value() != null && c.subject() != null)
                .collect(Collectors.groupingBy(c -> normalise(c.subject()), LinkedHashMap::new, Collectors.toList()));
        numbersBySubject.forEach((subject, claims) -> byPlace(claims).forEach((place, group) -> {
            List<MergedStory.Position> positions = numberPositions(group, byId);
            if (positions.size() > 1 && carriers(positions) > 1) {
                String what = group.get(0).subject();
                out.add(new MergedStory.Disagreement("number", place.isEmpty() ? what : what + " in " + place,
                        positions));
            }
        }));
        List<MergedStory.Position> dates = eventDatePositions(material, byId);
        if (dates.size() > 1) {
            out.add(new MergedStory.Disagreement("date", "when it happened", dates));
        }
        return out;
    }

    /**
     * Groups the numbers about one subject by place. A number whose place is unknown joins the group of its
     * subject's most common place: within one story, "some 2 million people" in "the divided city" is about the
     * same city as the others.
     */
    private static Map<String, List<ClaimRow>> byPlace(List<ClaimRow> claims) {
        Map<String, List<ClaimRow>> groups = new LinkedHashMap<>();
        List<ClaimRow> unplaced = new ArrayList<>();
        for (ClaimRow c : claims) {
            if (c.place() == null || c.place().isBlank()) {
                unplaced.add(c);
            } else {
                groups.computeIfAbsent(c.place(), p -> new ArrayList<>()).add(c);
            }
        }
        if (groups.isEmpty()) {
            groups.put("", unplaced);
        } else if (!unplaced.isEmpty()) {
            groups.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow().addAll(unplaced);
        }
        return groups;
    }

    private static List<MergedStory.Position> numberPositions(List<ClaimRow> claims, Map<String, Article> byId) {
        List<MergedStory.Position> positions = new ArrayList<>();
        List<List<ClaimRow>> clusters = new ArrayList<>();
        for (ClaimRow c : claims) {
            clusters.stream().filter(cl -> sameValue(cl.get(0).value(), c.value())).findFirst()
                    .orElseGet(() -> {
                        List<ClaimRow> fresh = new ArrayList<>();
                        clusters.add(fresh);
                        return fresh;
                    }).add(c);
        }
        for (List<ClaimRow> cluster : clusters) {
            ClaimRow first = cluster.get(0);
            positions.add(new MergedStory.Position(first.value(), null, first.hedge(), first.text(),
                    carriersOf(cluster, byId)));
        }
        positions.sort(Comparator.comparing(MergedStory.Position::value).reversed());
        return positions;
    }

    /** The event's date as each source gives it: a day or date named in the lead. */
    private static List<MergedStory.Position> eventDatePositions(StoryMaterial material, Map<String, Article> byId) {
        Map<LocalDate, List<ClaimRow>> byDate = new TreeMap<>();
        Set<String> dated = new HashSet<>();
        for (ClaimRow c : inArticleOrder(material.claims(), byId)) {
            if (c.kind().equals("date") && c.date() != null && c.start() < LEAD_CHARS && c.expression() != null
                    && EVENT_DAY.matcher(c.expression()).find() && dated.add(c.articleId())) {
                byDate.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c);
            }
        }
        List<MergedStory.Position> positions = new ArrayList<>();
        byDate.forEach((date, claims) -> positions.add(new MergedStory.Position(null, date, null,
                claims.get(0).expression(), carriersOf(claims, byId))));
        return positions;
    }

    private static List<Carrier> carriersOf(List<ClaimRow> claims, Map<String, Article> byId) {
        Map<String, Carrier> carriers = new LinkedHashMap<>();
        claims.forEach(c -> carriers.putIfAbsent(c.articleId(),
                new Carrier(c.articleId(), byId.get(c.articleId()).source())));
        return List.copyOf(carriers.values());
    }

    private static long carriers(List<MergedStory.Position> positions) {
        return positions.stream().flatMap(p -> p.sources().stream()).map(Carrier::articleId).distinct().count();
    }

    private static boolean sameValue(double a, double b) {
        return Math.abs(a - b) <= SAME_VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static List<ClaimRow> inArticleOrder(List<ClaimRow> claims, Map<String, Article> byId) {
        List<String> order = new ArrayList<>(byId.keySet());
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        return claims.stream().filter(c -> byId.containsKey(c.articleId()))
                .sorted(Comparator.comparingInt((ClaimRow c) -> rank.get(c.articleId()))
                        .thenComparingInt(ClaimRow::start))
                .toList();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The share of the smaller word set found in the larger. */
    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return 0;
        }
        return small.stream().filter(large::contains).count() / (double) small.size();
    }

    private static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip();
        return t.endsWith("s") && t.length() > 3 ? t.substring(0, t.length() - 1) : t;
    }

    private static String firstParagraph(String text) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }

    private static String firstTitle(List<Article> articles) {
        return articles.stream().map(Article::title).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
