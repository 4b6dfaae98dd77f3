package io.newsfold.dedupe.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsfold.dedupe.core.DedupeOutcome;
import io.newsfold.dedupe.core.DedupePipeline;
import io.newsfold.dedupe.core.IncomingArticle;
import io.newsfold.dedupe.core.duplicate.InMemoryNearDuplicateIndex;
import io.newsfold.dedupe.core.eval.SharedDirectory;
import io.newsfold.dedupe.core.family.FamilyMember;
import io.newsfold.dedupe.core.family.Provenance;
import io.newsfold.dedupe.core.family.SyndicationFamilies;
import io.newsfold.dedupe.core.reuse.AlignedPassage;
import io.newsfold.dedupe.core.reuse.InMemoryArticleTextStore;
import io.newsfold.dedupe.core.reuse.InMemoryFingerprintIndex;
import io.newsfold.dedupe.core.reuse.PassageAligner;
import io.newsfold.dedupe.core.reuse.ReuseRelation;
import io.newsfold.dedupe.core.reuse.ReuseSettings;
import io.newsfold.dedupe.core.reuse.ReuseThresholds;
import io.newsfold.dedupe.core.reuse.Alignment;
import io.newsfold.dedupe.core.story.CapitalisedWordKeys;
import io.newsfold.dedupe.core.story.StoryClusteringParams;
import io.newsfold.dedupe.core.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five aleppo-2016 versions, read from the shared directory at test time (public news text is never copied
 * into the project). Skipped when the directory is absent.
 */
class AleppoSamplesTest {
    /** Wire credits as the MANIFEST describes each file; outlets are not passed, so origin falls to credits. */
    private static final Map<String, List<String>> CREDITS = Map.of(
            "000", List.of("Reuters"), "001", List.of("Reuters"), "002", List.of(),
            "003", List.of("AP", "Reuters"), "004", List.of("AP"));

    private static Map<String, String> texts;
    private static DedupePipeline pipeline;
    private static final Map<String, DedupeOutcome> outcomes = new HashMap<>();

    @BeforeAll
    static void foldAllFive() throws IOException {
        Optional<Path> dir = SharedDirectory.locate().map(s -> s.resolve("samples/aleppo-2016"));
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return;
        }
        texts = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                texts.put(p.getFileName().toString().substring(0, 3), Files.readString(p));
            }
        }
        InMemoryArticleTextStore store = new InMemoryArticleTextStore();
        pipeline = new DedupePipeline(new InMemoryNearDuplicateIndex(), 0.8, new InMemoryFingerprintIndex(), store,
                ReuseSettings.standard(), StoryClusteringParams.standard());
        for (Map.Entry<String, String> e : texts.entrySet()) {
            outcomes.put(e.getKey(), pipeline.process(new IncomingArticle(e.getKey(), e.getValue(),
                    new Provenance(CREDITS.get(e.getKey()), null, null), CapitalisedWordKeys.of(e.getValue()))));
            store.put(e.getKey(), e.getValue());
        }
    }

    private static void assumeSamples() {
        assumeTrue(texts != null && texts.size() == 5, "shared aleppo-2016 samples not found");
    }

    @Test
    void foldsAllFiveVersionsIntoOneStory() {
        assumeSamples();
        assertEquals(1, pipeline.stories().stories().size());
        assertEquals(5, pipeline.stories().stories().values().iterator().next().size());
    }

    @Test
    void putsTheReutersReprintAndTheApRepublicationInFamilies() {
        assumeSamples();
        SyndicationFamilies families = pipeline.families();
        assertTrue(families.familyOf("000").orElseThrow().contains("001"));
        assertTrue(families.familyOf("003").orElseThrow().contains("004"));
    }

    @Test
    void keepsTheReutersAndApFamiliesApartThoughTheBureauPieceCarriesBoth() {
        assumeSamples();
        SyndicationFamilies families = pipeline.families();
        assertEquals(List.of("000", "001"), families.familyOf("000").orElseThrow().members().stream()
                .map(FamilyMember::articleId).toList());
        assertEquals(List.of("003", "004"), families.familyOf("004").orElseThrow().members().stream()
                .map(FamilyMember::articleId).toList());
    }

    @Test
    void leavesTheSpunRewriteInTheStoryButInNoFamily() {
        assumeSamples();
        assertFalse(pipeline.families().familyOf("002").isPresent());
        assertTrue(pipeline.stories().storyOf("002").isPresent());
    }

    @Test
    void alignsTheReutersPassagesCarriedByTheRferlVersionAsPartialReuse() {
        assumeSamples();
        Tokenizer tokenizer = new Tokenizer();
        Alignment x = PassageAligner.standard().align(tokenizer.tokenize(texts.get("003")),
                tokenizer.tokenize(texts.get("000")));
        assertEquals(ReuseRelation.PARTIAL, ReuseThresholds.standard().classify(x));
        assertTrue(x.shareOfAInB() > 0.1 && x.shareOfAInB() < 0.5, "share of 003 in 000: " + x.shareOfAInB());
        AlignedPassage longest = x.passages().stream().max((p, q) -> Integer.compare(p.aLength(), q.aLength()))
                .orElseThrow();
        assertTrue(longest.aLength() >= 40, "a multi-paragraph Reuters passage, not a stray phrase");
        // The passage's char ranges cut the same words out of both texts.
        List<String> inA = words(tokenizer, texts.get("003").substring(longest.aCharStart(), longest.aCharEnd()));
        List<String> inB = words(tokenizer, texts.get("000").substring(longest.bCharStart(), longest.bCharEnd()));
        int common = new ArrayList<>(new HashSet<>(inA)).stream().filter(new HashSet<>(inB)::contains)
                .toList().size();
        assertTrue(common >= 0.8 * new HashSet<>(inA).size());
        // And the online pipeline found the same link when 003 arrived, as reuse between the two families.
        assertTrue(outcomes.get("003").reuse().stream().anyMatch(l -> l.otherArticleId().equals("000")
                || l.articleId().equals("000")), "003's reuse of 000 is reported");
    }

    private static List<String> words(Tokenizer t, String s) {
        return t.tokenize(s).tokens().stream().map(io.newsfold.dedupe.core.text.Token::term).toList();
    }

    @Test
    void namesAWireOriginForTheFamily() {
        assumeSamples();
        var family = pipeline.families().familyOf("001").orElseThrow();
        // Reuters is credited by three of the four members, AP by two.
        assertEquals("Reuters", family.originWire());
        assertTrue(List.of("000", "001", "003").contains(family.originArticleId()));
    }
}
