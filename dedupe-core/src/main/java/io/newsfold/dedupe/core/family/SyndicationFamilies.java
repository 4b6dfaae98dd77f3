package io.newsfold.dedupe.core.family;

import io.newsfold.dedupe.core.reuse.ReuseLink;
import io.newsfold.dedupe.core.reuse.ReuseRelation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Map<String, ReuseLink>> linksByArticle = new HashMap<>();

    public void addArticle(String articleId, Provenance p) {
        provenance.put(articleId, p == null ? Provenance.unknown() : p);
        parent.putIfAbsent(articleId, articleId);
    }

    public void addLink(ReuseLink link) {
        if (link.relation() == ReuseRelation.NONE) {
            return;
        }
        parent.putIfAbsent(link.articleId(), link.articleId());
        parent.putIfAbsent(link.otherArticleId(), link.otherArticleId());
        linksByArticle.computeIfAbsent(link.articleId(), k -> new TreeMap<>()).put(link.otherArticleId(), link);
        linksByArticle.computeIfAbsent(link.otherArticleId(), k -> new TreeMap<>()).put(link.articleId(), link);
        union(link.articleId(), link.otherArticleId());
    }

    public Optional<SyndicationFamily> familyOf(String articleId) {
        if (!linksByArticle.containsKey(articleId)) {
            return Optional.empty();
        }
        String root = find(articleId);
        List<String> members = new ArrayList<>();
        for (String id : new TreeSet<>(parent.keySet())) {
            if (find(id).equals(root)) {
                members.add(id);
            }
        }
        return Optional.of(build(members));
    }

    /** Every family of two or more articles, ordered by family id. */
    public List<SyndicationFamily> families() {
        Map<String, List<String>> byRoot = new TreeMap<>();
        for (String id : new TreeSet<>(linksByArticle.keySet())) {
            byRoot.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id);
        }
        List<SyndicationFamily> out = new ArrayList<>();
        for (List<String> members : byRoot.values()) {
            out.add(build(members));
        }
        out.sort(Comparator.comparing(SyndicationFamily::familyId));
        return out;
    }

    private SyndicationFamily build(List<String> members) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(members));
        Map<String, Integer> support = creditSupport(sorted);
        List<OriginEvidence> ranked = new ArrayList<>();
        for (String id : sorted) {
            Provenance p = provenance.getOrDefault(id, Provenance.unknown());
            ranked.add(new OriginEvidence(id, isAgencyOwn(p), p.publishedAt(), bestSupport(p, support),
                    containmentScore(id)));
        }
        ranked.sort(ORIGIN_ORDER);
        String origin = ranked.get(0).id();
        String reason = ranked.size() == 1 ? "only member" : ranked.get(0).decidingSignal(ranked.get(1));
        List<FamilyMember> out = new ArrayList<>();
        for (String id : sorted) {
            out.add(member(id, origin));
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

    /** How much more of its linked members' text this article holds than they hold of its text. */
    private double containmentScore(String id) {
        double score = 0;
        for (String other : linksByArticle.getOrDefault(id, Map.of()).keySet()) {
            score += netContainment(id, other);
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

    private FamilyMember member(String id, String origin) {
        Map<String, ReuseLink> links = linksByArticle.getOrDefault(id, Map.of());
        String closest = null;
        double closestShare = -1;
        boolean copy = false;
        for (Map.Entry<String, ReuseLink> e : links.entrySet()) {
            ReuseLink link = e.getValue();
            double share = link.articleId().equals(id) ? link.shareOfArticleInOther() : link.shareOfOtherInArticle();
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

    private String find(String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String cur = id;
        while (!cur.equals(root)) {
            String next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    private void union(String x, String y) {
        String rx = find(x);
        String ry = find(y);
        if (rx.equals(ry)) {
            return;
        }
        // The smaller id becomes the root so family ids do not depend on link order.
        if (rx.compareTo(ry) < 0) {
            parent.put(ry, rx);
        } else {
            parent.put(rx, ry);
        }
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
