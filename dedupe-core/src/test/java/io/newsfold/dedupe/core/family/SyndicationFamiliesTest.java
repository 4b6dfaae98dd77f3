package io.newsfold.dedupe.core.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.fixtures.Fixtures;
import io.newsfold.dedupe.core.reuse.InMemoryArticleTextStore;
import io.newsfold.dedupe.core.reuse.InMemoryFingerprintIndex;
import io.newsfold.dedupe.core.reuse.ReuseDetector;
import io.newsfold.dedupe.core.reuse.ReuseSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyndicationFamiliesTest {
    private static final Instant T0 = Instant.parse("2031-03-01T08:00:00Z");

    /** Feeds articles through the real reuse detector, in the given order, into a family registry. */
    private static SyndicationFamilies fold(List<String> ids, Map<String, String> texts,
                                            Map<String, Provenance> provenance) {
        InMemoryArticleTextStore store = new InMemoryArticleTextStore();
        ReuseDetector detector = new ReuseDetector(new InMemoryFingerprintIndex(), store, ReuseSettings.standard());
        SyndicationFamilies families = new SyndicationFamilies();
        int i = 0;
        for (String id : ids) {
            families.addArticle(id, provenance.get(id));
            detector.process(id, texts.get(id), T0.plusSeconds(i++)).forEach(families::addLink);
            store.put(id, texts.get(id));
        }
        return families;
    }

    private static final Map<String, String> TEXTS = Map.of(
            "wire", Fixtures.wire(),
            "courier", Fixtures.truncatedReprintWithChrome(),
            "digest", Fixtures.reorderedEditedReprint(),
            "analysis", Fixtures.analysisQuotingTwoParagraphs(),
            "chess", Fixtures.CHESS_STORY);

    @Test
    void namesTheAgencysOwnCopyAsOriginEvenWhenAReprintArrivedFirst() {
        Map<String, Provenance> p = Map.of(
                "wire", new Provenance(List.of("Wirepost"), "Wirepost", null),
                "courier", new Provenance(List.of("Wirepost"), "Dunstreek Courier", null),
                "digest", new Provenance(List.of(), "Daily Digest", null),
                "analysis", new Provenance(List.of(), "Northern Review", null),
                "chess", new Provenance(List.of(), "Brightwater Gazette", null));
        SyndicationFamilies families = fold(List.of("courier", "digest", "wire", "analysis", "chess"), TEXTS, p);

        assertEquals(1, families.families().size());
        SyndicationFamily f = families.familyOf("courier").orElseThrow();
        assertEquals("wire", f.originArticleId());
        assertEquals("Wirepost", f.originWire());
        assertEquals("published by the credited agency", f.originReason());
        assertEquals(MemberRole.ORIGIN, f.member("wire").orElseThrow().role());
        assertEquals(MemberRole.COPY, f.member("courier").orElseThrow().role());
        assertEquals(MemberRole.COPY, f.member("digest").orElseThrow().role());
        assertEquals(MemberRole.PARTIAL, f.member("analysis").orElseThrow().role());
        assertTrue(families.familyOf("chess").isEmpty());
    }

    @Test
    void fallsBackToTheEarliestPublicationWhenNoAgencyPublishedItsOwnCopy() {
        Map<String, Provenance> p = Map.of(
                "wire", new Provenance(List.of("Wirepost"), null, T0.plusSeconds(3600)),
                "courier", new Provenance(List.of("Wirepost"), null, T0.plusSeconds(7200)),
                "digest", new Provenance(List.of(), null, T0),
                "analysis", new Provenance(List.of(), null, T0.plusSeconds(99_000)),
                "chess", Provenance.unknown());
        SyndicationFamily f = fold(List.of("wire", "courier", "digest", "analysis", "chess"), TEXTS, p)
                .familyOf("wire").orElseThrow();
        assertEquals("digest", f.originArticleId());
        assertEquals("earliest publication", f.originReason());
    }

    @Test
    void fallsBackToTheMostSharedWireCreditWithoutDates() {
        Map<String, Provenance> p = Map.of(
                "wire", new Provenance(List.of("Wirepost"), null, null),
                "courier", new Provenance(List.of("Wirepost"), null, null),
                "digest", new Provenance(List.of(), null, null),
                "analysis", new Provenance(List.of(), null, null),
                "chess", Provenance.unknown());
        SyndicationFamily f = fold(List.of("digest", "analysis", "courier", "wire", "chess"), TEXTS, p)
                .familyOf("digest").orElseThrow();
        assertTrue(List.of("wire", "courier").contains(f.originArticleId()));
        assertEquals("Wirepost", f.originWire());
    }

    @Test
    void keepsAFamilyWhileAnyMemberCanStillBeLinkedToAndDropsItWithTheLast() {
        Map<String, Provenance> p = Map.of(
                "wire", new Provenance(List.of("Wirepost"), "Wirepost", null),
                "courier", new Provenance(List.of("Wirepost"), "Dunstreek Courier", null),
                "digest", Provenance.unknown(), "analysis", Provenance.unknown(), "chess", Provenance.unknown());
        SyndicationFamilies families = fold(List.of("wire", "courier", "chess"), TEXTS, p);

        assertEquals(List.of("chess"), families.forget("chess"), "linked to nothing: nothing can change it");
        assertEquals(List.of(), families.forget("wire"));
        SyndicationFamily f = families.familyOf("courier").orElseThrow();
        assertEquals("wire", f.originArticleId(), "the origin that left the window still names the family");
        assertEquals("published by the credited agency", f.originReason());

        assertEquals(java.util.Set.of("wire", "courier"), java.util.Set.copyOf(families.forget("courier")));
        assertTrue(families.familyOf("courier").isEmpty());
        assertTrue(families.families().isEmpty());
        assertEquals(0, families.articlesHeld());
    }
}
