package io.newsfold.dedupe.core.family;

import io.newsfold.dedupe.core.reuse.ReuseLink;
import io.newsfold.dedupe.core.reuse.ReuseRelation;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups articles into syndication families from reuse links, and names each family's origin.
 *
 * <p>The origin is chosen by evidence in order of strength, and the first signal that separates the candidates
 * decides (recorded in {@code originReason}):
 * <ol>
 *   <li>an article published by an agency it credits is that agency's own story;</li>
 *   <li>the earliest publication time, when members have one (a copy cannot precede its source);</li>
 *   <li>the wire credit most members share: a member crediting it beats one crediting nothing or a rarer one;</li>
 *   <li>the direction of containment: the origin holds more of the others' text than they hold of it
 *   (a weak signal, because reprints both cut and add);</li>
 *   <li>the smallest id, so the result is always a deterministic function of the input.</li>
 * </ol>
 */
public final class SyndicationFamilies {
    private final Map<String, Provenance> provenance = new HashMap<>();
    private final Map<String, Map<String, ReuseLink>> linksByArticle = new HashMap<>();
    /** By article: the group of articles it is joined to by links of any kind (a union-find forest). */
    private final Map<String, Linked> groupOf = new HashMap<>();

    /**
     * Articles joined by links of any kind, not only family links: an article's strongest link, which decides
     * whether its partial links join a family, may lead outside its family. Nothing of a group can be dropped
     * while one of its articles can still be linked to.
     */
    private static final class Linked {
        Linked parent = this;
        /** At the root only: the group's articles, and how many of them are still in the reuse window. */
        List<String> articles = new ArrayList<>();
        int inWindow;
    }

    public void addArticle(String articleId, Provenance p) {
        provenance.put(articleId, p == null ? Provenance.unknown() : p);
        groupOf.computeIfAbsent(articleId, id -> {
            Linked group = new Linked();
            group.articles.add(id);
            group.inWindow = 1;
            return group;
        });
    }

    public void addLink(ReuseLink link) {
        if (link.relation() == ReuseRelation.NONE) {
            return;
        }
        linksByArticle.computeIfAbsent(link.articleId(), k -> new TreeMap<>()).put(link.otherArticleId(), link);
        linksByArticle.computeIfAbsent(link.otherArticleId(), k -> new TreeMap<>()).put(link.articleId(), link);
        join(link.articleId(), link.otherArticleId());
    }

    /**
     * Tells the registry that an article left the reuse window, so no new link can reach it. What is held for it
     * goes once nothing can change what it says: with the article's whole group, when the last of the group leaves
     * the window (until then a new article linked to any of them can still change their families). Returns the
     * articles dropped, so that what else is held for them can go too.
     */
    public List<String> forget(String articleId) {
        Linked group = groupOf.get(articleId);
        if (group == null) {
            return List.of();
        }
        Linked root = root(group);
        if (--root.inWindow > 0) {
            return List.of();
        }
        for (String id : root.articles) {
            groupOf.remove(id);
            provenance.remove(id);
            linksByArticle.remove(id);
        }
        return root.articles;
    }

    /** Articles held: those in the reuse window and those linked, however indirectly, to one still in it. */
    public int articlesHeld() {
        return groupOf.size();
    }

    private void join(String a, String b) {
        Linked x = root(groupOf.computeIfAbsent(a, this::outOfWindowGroup));
        Linked y = root(groupOf.computeIfAbsent(b, this::outOfWindowGroup));
        if (x == y) {
            return;
        }
        // The smaller group moves, so an article moves O(log n) times however its group grows.
        Linked big = x.articles.size() >= y.articles.size() ? x : y;
        Linked small = big == x ? y : x;
        small.parent = big;
        big.articles.addAll(small.articles);
        big.inWindow += small.inWindow;
        small.articles = null;
    }

    /** A link to an article never added (or already dropped) still holds it, counted as out of the window. */
    private Linked outOfWindowGroup(String id) {
        Linked group = new Linked();
        group.articles.add(id);
        return group;
    }

    private static Linked root(Linked group) {
        Linked root = group;
        while (root.parent != root) {
            root = root.parent;
        }
        // Path compression: the next look-up from here is one step.
        while (group.parent != root) {
            Linked next = group.parent;
            group.parent = root;
            group = next;
        }
        return root;
    }

    /**
     * The family an article belongs to: the articles reached from it along family links. Found by walking the
     * family alone, so the cost is the family's size, not the corpus's.
     */
    public Optional<SyndicationFamily> familyOf(String articleId) {
        if (!linksByArticle.containsKey(articleId)) {
            return Optional.empty();
        }
        return Optional.of(build(List.copyOf(component(articleId, new HashMap<>()))));
    }

    /** Every family of two or more articles, ordered by family id. */
    public List<SyndicationFamily> families() {
        Set<String> seen = new HashSet<>();
        Map<String, String> strongest = new HashMap<>();
        List<SyndicationFamily> out = new ArrayList<>();
        for (String id : new TreeSet<>(linksByArticle.keySet())) {
            if (seen.add(id)) {
                Set<String> members = component(id, strongest);
                seen.addAll(members);
                out.add(build(List.copyOf(members)));
            }
        }
        out.sort(Comparator.comparing(SyndicationFamily::familyId));
        return out;
    }

    /**
     * The articles joined to {@code start} by family links. A copy link always joins; a partial link joins when it
     * is the strongest link of one of its two articles, that is, when the article carries more of the other's text
     * than of anyone else's. So an article that mixes two agencies' texts (a bureau piece "with reporting by AP and
     * Reuters") joins the family whose text it mostly carries and keeps its passages of the other as reuse, instead
     * of chaining the two agencies' families into one with a single origin.
     */
    private Set<String> component(String start, Map<String, String> strongest) {
        Set<String> members = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        members.add(start);
        todo.add(start);
        while (!todo.isEmpty()) {
            String x = todo.poll();
            for (Map.Entry<String, ReuseLink> e : linksByArticle.getOrDefault(x, Map.of()).entrySet()) {
                String y = e.getKey();
                if (!members.contains(y) && isFamilyLink(x, y, e.getValue(), strongest)) {
                    members.add(y);
                    todo.add(y);
                }
            }
        }
        return members;
    }

    private boolean isFamilyLink(String x, String y, ReuseLink link, Map<String, String> strongest) {
        return link.relation() == ReuseRelation.COPY
                || y.equals(strongest.computeIfAbsent(x, this::strongestLink))
                || x.equals(strongest.computeIfAbsent(y, this::strongestLink));
    }

    /** The article holding the largest share of this one's text; the smallest id among equals. */
    private String strongestLink(String id) {
        String best = null;
        double bestShare = -1;
        for (Map.Entry<String, ReuseLink> e : linksByArticle.getOrDefault(id, Map.of()).entrySet()) {
            double share = shareCarried(id, e.getValue());
            if (share > bestShare) {
                bestShare = share;
                best = e.getKey();
            }
        }
        return best;
    }

    /** The share of {@code id}'s text that the other article of the link holds. */
    private static double shareCarried(String id, ReuseLink link) {
        return link.articleId().equals(id) ? link.shareOfArticleInOther() : link.shareOfOtherInArticle();
    }

    private SyndicationFamily build(List<String> members) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(members));
        Set<String> family = Set.copyOf(sorted);
        Map<String, Integer> support = creditSupport(sorted);
        List<OriginEvidence> ranked = new ArrayList<>();
        for (String id : sorted) {
            Provenance p = provenance.getOrDefault(id, Provenance.unknown());
            ranked.add(new OriginEvidence(id, isAgencyOwn(p), p.publishedAt(), bestSupport(p, support),
                    containmentScore(id, family)));
        }
        ranked.sort(ORIGIN_ORDER);
        String origin = ranked.get(0).id();
        String reason = ranked.size() == 1 ? "only member" : ranked.get(0).decidingSignal(ranked.get(1));
        List<FamilyMember> out = new ArrayList<>();
        for (String id : sorted) {
            out.add(member(id, origin, family));
        }
        return new SyndicationFamily("family-" + sorted.get(0), origin, originWire(origin, support), reason,
                List.copyOf(out));
    }

    private record OriginEvidence(String id, boolean agencyOwn, Instant publishedAt, int creditSupport,
                                  double containment) {

        String decidingSignal(OriginEvidence runnerUp) {
            if (agencyOwn != runnerUp.agencyOwn) {
                return "published by the credited agency";
            }
            if (!java.util.Objects.equals(publishedAt, runnerUp.publishedAt)) {
                return "earliest publication";
            }
            if (creditSupport != runnerUp.creditSupport) {
                return "most shared wire credit";
            }
            if (containment != runnerUp.containment) {
                return "direction of containment";
            }
            return "smallest id";
        }
    }

    private static final Comparator<OriginEvidence> ORIGIN_ORDER = Comparator
            .comparing(OriginEvidence::agencyOwn).reversed()
            .thenComparing(OriginEvidence::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(OriginEvidence::creditSupport).reversed())
            .thenComparing(Comparator.comparingDouble(OriginEvidence::containment).reversed())
            .thenComparing(OriginEvidence::id);

    /** How much more of its fellow members' text this article holds than they hold of its text. */
    private double containmentScore(String id, Set<String> family) {
        double score = 0;
        for (String other : linksByArticle.getOrDefault(id, Map.of()).keySet()) {
            if (family.contains(other)) {
                score += netContainment(id, other);
            }
        }
        return score;
    }

    /** Positive when x holds more of y's text than y holds of x's. Zero when not directly linked. */
    private double netContainment(String x, String y) {
        ReuseLink link = linksByArticle.getOrDefault(x, Map.of()).get(y);
        if (link == null) {
            return 0;
        }
        boolean xIsA = link.articleId().equals(x);
        double yInX = xIsA ? link.shareOfOtherInArticle() : link.shareOfArticleInOther();
        double xInY = xIsA ? link.shareOfArticleInOther() : link.shareOfOtherInArticle();
        return yInX - xInY;
    }

    private static boolean isAgencyOwn(Provenance p) {
        if (p.outlet() == null) {
            return false;
        }
        String outlet = normalise(p.outlet());
        return p.wireCredits().stream().map(SyndicationFamilies::normalise).anyMatch(outlet::equals);
    }

    private Map<String, Integer> creditSupport(List<String> members) {
        Map<String, Integer> support = new TreeMap<>();
        for (String id : members) {
            for (String credit : new TreeSet<>(provenance.getOrDefault(id, Provenance.unknown()).wireCredits()
                    .stream().map(SyndicationFamilies::normalise).toList())) {
                support.merge(credit, 1, Integer::sum);
            }
        }
        return support;
    }

    private static int bestSupport(Provenance p, Map<String, Integer> support) {
        return p.wireCredits().stream().map(SyndicationFamilies::normalise)
                .mapToInt(c -> support.getOrDefault(c, 0)).max().orElse(0);
    }

    private String originWire(String origin, Map<String, Integer> support) {
        Provenance p = provenance.getOrDefault(origin, Provenance.unknown());
        String best = null;
        int bestCount = 0;
        for (String credit : p.wireCredits()) {
            int count = support.getOrDefault(normalise(credit), 0);
            if (count > bestCount) {
                best = credit;
                bestCount = count;
            }
        }
        return best;
    }

    private FamilyMember member(String id, String origin, Set<String> family) {
        Map<String, ReuseLink> links = linksByArticle.getOrDefault(id, Map.of());
        String closest = null;
        double closestShare = -1;
        boolean copy = false;
        for (Map.Entry<String, ReuseLink> e : links.entrySet()) {
            if (!family.contains(e.getKey())) {
                continue;
            }
            ReuseLink link = e.getValue();
            double share = shareCarried(id, link);
            if (share > closestShare) {
                closestShare = share;
                closest = e.getKey();
            }
            // A copy of a copy of the origin is still a copy; what matters is that it carries little of its own.
            boolean aIsSmaller = link.alignment().aTokens() <= link.alignment().bTokens();
            boolean idIsSmaller = aIsSmaller == link.articleId().equals(id);
            if (link.relation() == ReuseRelation.COPY && idIsSmaller) {
                copy = true;
            }
        }
        MemberRole role = id.equals(origin) ? MemberRole.ORIGIN : copy ? MemberRole.COPY : MemberRole.PARTIAL;
        return new FamilyMember(id, role, closest, Math.max(0, closestShare));
    }

    private static String normalise(String credit) {
        String s = credit.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return switch (s) {
            case "associatedpress", "theassociatedpress" -> "ap";
            case "agencefrancepresse" -> "afp";
            case "thomsonreuters" -> "reuters";
            default -> s;
        };
    }
}
