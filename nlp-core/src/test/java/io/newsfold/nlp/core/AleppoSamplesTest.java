package io.newsfold.nlp.core;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five real versions of one story in shared/samples/aleppo-2016, read at test time and never copied here;
 * assertions use short fragments only. Skipped when the shared folder is absent.
 */
class AleppoSamplesTest {

    // The story ran on Monday 15 August 2016.
    private static final Instant PUBLISHED = Instant.parse("2016-08-15T12:00:00Z");

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    private static final Map<String, ArticleAnalysis> ANALYSES = new LinkedHashMap<>();

    @BeforeAll
    static void analyseSamples() throws IOException {
        Path dir = SharedData.locate().map(p -> p.resolve("samples/aleppo-2016")).orElse(null);
        assumeTrue(dir != null && Files.isDirectory(dir), "shared/samples/aleppo-2016 not present");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                TEXTS.put(p.getFileName().toString().substring(0, 3), text);
                ANALYSES.put(p.getFileName().toString().substring(0, 3), SharedAnalyzer.get().analyze(text, PUBLISHED));
            }
        }
        assumeTrue(ANALYSES.size() == 5, "expected the five sample files");
    }

    /** Every quote in every sample whose words contain {@code fragment}. */
    private static List<Claim> quotesWith(String fragment) {
        List<Claim> out = new ArrayList<>();
        for (ArticleAnalysis a : ANALYSES.values()) {
            a.claims(ClaimKind.QUOTE).stream().filter(c -> c.text().contains(fragment)).forEach(out::add);
        }
        return out;
    }

    private static void assertSpeaker(String fragment, String speaker, int expectedArticles) {
        int articles = 0;
        for (Map.Entry<String, ArticleAnalysis> e : ANALYSES.entrySet()) {
            String text = TEXTS.get(e.getKey());
            if (!text.contains(fragment)) {
                continue;
            }
            articles++;
            List<Claim> quotes = e.getValue().claims(ClaimKind.QUOTE).stream()
                    .filter(c -> c.text().contains(fragment)).toList();
            assertFalse(quotes.isEmpty(), () -> "no quote with '" + fragment + "' in " + e.getKey());
            for (Claim q : quotes) {
                assertEquals(speaker, q.speaker().name(), () -> e.getKey() + ": " + q);
            }
        }
        assertEquals(expectedArticles, articles, "articles carrying '" + fragment + "'");
    }

    @Test
    void attributesTheStateDepartmentQuoteToTrudeau() {
        assertSpeaker("nothing to announce", "person:elizabeth-trudeau", 4);
    }

    @Test
    void attributesTheUrbanConflictQuoteToMaurer() {
        assertSpeaker("devastating urban", "person:peter-maurer", 3);
    }

    @Test
    void attributesTheHostagesQuoteToShoiguThroughHeAdded() {
        assertSpeaker("hostages of armed", "person:sergei-shoigu", 2);
        Claim q = quotesWith("hostages of armed").get(0);
        String text = TEXTS.values().stream().filter(t -> t.contains(q.text())).findFirst().orElseThrow();
        assertEquals("he", text.substring(q.speaker().referenceStart(), q.speaker().referenceEnd()));
    }

    @Test
    void attributesTheOtherQuotesToTheirSpeakers() {
        assertSpeaker("nowhere is safe", "person:peter-maurer", 3);
        assertSpeaker("down at the table", "person:mikhail-bogdanov", 1);
        assertSpeaker("close contact", "person:elizabeth-trudeau", 3);
    }

    @Test
    void attributesTheStepByStepQuotesToShoigu() {
        List<Claim> quotes = new ArrayList<>(quotesWith("tep by step"));
        quotes.addAll(quotesWith("tep-by-step"));
        assertTrue(quotes.size() >= 3, quotes::toString);
        for (Claim q : quotes) {
            assertEquals("person:sergei-shoigu", q.speaker().name(), q::toString);
        }
    }

    @Test
    void givesEveryQuoteItsSpeakerSpanInsideTheText() {
        for (Map.Entry<String, ArticleAnalysis> e : ANALYSES.entrySet()) {
            String text = TEXTS.get(e.getKey());
            for (Claim q : e.getValue().claims(ClaimKind.QUOTE)) {
                assertEquals(q.text(), text.substring(q.start(), q.end()));
                assertTrue(q.speaker().start() >= 0 && q.speaker().end() <= text.length());
            }
        }
    }

    @Test
    void extractsTheFourCountsOfPeopleInAleppo() {
        List<Double> counts = new ArrayList<>();
        for (ArticleAnalysis a : ANALYSES.values()) {
            a.claims(ClaimKind.NUMBER).stream()
                    .filter(c -> "people".equals(c.subject()) && c.hedge() != null)
                    .forEach(c -> counts.add(c.value()));
        }
        for (double expected : new double[] {2_000_000, 300_000, 250_000, 700_000}) {
            assertTrue(counts.contains(expected), () -> expected + " not in " + counts);
        }
        Claim reuters = ANALYSES.get("000").claims(ClaimKind.NUMBER).stream()
                .filter(c -> c.value() == 2_000_000).findFirst().orElseThrow();
        assertEquals("some", reuters.hedge());
        assertEquals("loc:aleppo", reuters.place());
    }

    @Test
    void resolvesTheStoryDates() {
        assertTrue(ANALYSES.get("003").claims(ClaimKind.DATE).stream()
                .anyMatch(d -> d.expression().equals("August 15") && d.date().toString().equals("2016-08-15")));
        assertTrue(ANALYSES.get("000").claims(ClaimKind.DATE).stream()
                .anyMatch(d -> d.expression().equals("last Thursday") && d.date().toString().equals("2016-08-11")));
    }

    @Test
    void foldsTheRedCrossAcronymAndTheCountryNames() {
        List<Entity> entities = ANALYSES.get("000").entities();
        assertTrue(entities.stream().filter(e -> e.text().equals("ICRC"))
                .allMatch(e -> e.canonical().equals("org:international-committee-of-the-red-cross")), entities::toString);
        assertTrue(entities.stream().filter(e -> e.text().equals("U.S.") || e.text().equals("United States"))
                .allMatch(e -> e.canonical().equals("loc:united-states")), entities::toString);
        assertTrue(entities.stream().filter(e -> e.text().equals("Shoigu"))
                .allMatch(e -> e.canonical().equals("person:sergei-shoigu")), entities::toString);
    }
}
