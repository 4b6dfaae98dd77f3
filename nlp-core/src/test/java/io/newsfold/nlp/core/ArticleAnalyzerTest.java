package io.newsfold.nlp.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fictional reports written for these tests; every person, place and body in them is invented. */
class ArticleAnalyzerTest {

    // A Monday.
    private static final Instant PUBLISHED = Instant.parse("2016-08-15T08:00:00Z");

    private static final String VELMORA = """
            Velmora talks stall as aid runs short

            PORT ARLEN Interior Minister Teodor Rusk said on Monday that the government would reopen the \
            northern bridge within a week.

            "We are not going to abandon the people of Velmora," Rusk told reporters in Port Arlen. \
            "Every convoy that can move will move."

            The minister said the army had cleared the road. "Nobody should doubt our resolve," he added.

            Marta Kovane, director of the Northern Relief Agency (NRA), said the city was running out of clean \
            water. According to Kovane, some 40,000 people have left since August 3.

            "The wells are empty and the clinics are full,
            "and we cannot wait for another round of talks," Kovane said in a statement.

            Opposition leaders dismissed the "moderate opposition" plan as a trick. The NRA estimated that more \
            than 1.5 million people live in Velmora.

            An estimated 300,000 residents remain in the old town, the agency said last Thursday.

            'We will keep the corridor open,' said Anselm Dorr, a spokesman for the city council.
            """;

    private static final String HARBOUR = """
            Harbour workers end strike

            Mrs. Lena Ostrova, the harbour authority's chief negotiator, met union leader Piet Valen on Tuesday. \
            The state broadcaster cited Ostrova as saying: "We have an agreement in principle."

            Valen said the deal was fair. "It is not everything we wanted," he said.

            Ostrova later thanked Mr. Valen for his patience. "The cranes will run again by Friday," she said.

            About 2,500 dockers will return to work in Kessburg, the union said. The previous contract expired \
            on July 28, 2015.
            """;

    private static final ArticleAnalysis VELMORA_ANALYSIS = SharedAnalyzer.get().analyze(VELMORA, PUBLISHED);
    private static final ArticleAnalysis HARBOUR_ANALYSIS = SharedAnalyzer.get().analyze(HARBOUR, PUBLISHED);

    private static Claim quoteContaining(ArticleAnalysis analysis, String fragment) {
        Optional<Claim> found = analysis.claims(ClaimKind.QUOTE).stream()
                .filter(c -> c.text().contains(fragment)).findFirst();
        assertTrue(found.isPresent(), () -> "no quote with '" + fragment + "' in " + analysis.claims(ClaimKind.QUOTE));
        return found.get();
    }

    private static Claim numberWorth(ArticleAnalysis analysis, double value) {
        Optional<Claim> found = analysis.claims(ClaimKind.NUMBER).stream()
                .filter(c -> c.value() == value).findFirst();
        assertTrue(found.isPresent(), () -> "no number " + value + " in " + analysis.claims(ClaimKind.NUMBER));
        return found.get();
    }

    @Test
    void readsTheCityAsTheTownNamedInsideACountryNotTheCountryNamedLast() {
        String text = "Rebels hold the east of Norvania's Kestrel Bay, officials said.\n\n"
                + "Talks with Ostmark stalled on Monday.\n\n"
                + "In the east of the city, an estimated 40,000 people remain.";
        Claim count = SharedAnalyzer.get().analyze(text, PUBLISHED).claims(ClaimKind.NUMBER).get(0);

        assertEquals(40000.0, count.value());
        assertEquals("loc:kestrel-bay", count.place());
    }

    @Test
    void attributesQuoteToSpeakerNamedAfterIt() {
        Claim q = quoteContaining(VELMORA_ANALYSIS, "abandon the people");
        assertEquals("person:teodor-rusk", q.speaker().name());
        assertEquals("Rusk", VELMORA.substring(q.speaker().start(), q.speaker().end()));
        assertEquals(q.text(), VELMORA.substring(q.start(), q.end()));
    }

    @Test
    void attributesQuoteToNameAfterAnInvertedReportingVerb() {
        Claim q = quoteContaining(VELMORA_ANALYSIS, "keep the corridor open");
        assertEquals("person:anselm-dorr", q.speaker().name());
    }

    @Test
    void continuesTheSpeakerIntoAFollowingBareQuote() {
        assertEquals("person:teodor-rusk", quoteContaining(VELMORA_ANALYSIS, "Every convoy").speaker().name());
    }

    @Test
    void resolvesPronounAndTitleSpeakersToTheNamedPerson() {
        Claim q = quoteContaining(VELMORA_ANALYSIS, "doubt our resolve");
        assertEquals("person:teodor-rusk", q.speaker().name());
        assertEquals("he", VELMORA.substring(q.speaker().referenceStart(), q.speaker().referenceEnd()));
        Claim byTitle = VELMORA_ANALYSIS.claims(ClaimKind.ATTRIBUTION).stream()
                .filter(c -> c.text().contains("cleared the road")).findFirst().orElseThrow();
        assertEquals("person:teodor-rusk", byTitle.speaker().name());
    }

    @Test
    void skipsAPersonOfTheOtherGenderWhenResolvingShe() {
        assertEquals("person:lena-ostrova", quoteContaining(HARBOUR_ANALYSIS, "cranes will run").speaker().name());
        assertEquals("person:piet-valen", quoteContaining(HARBOUR_ANALYSIS, "everything we wanted").speaker().name());
    }

    @Test
    void prefersTheSubjectOverAnObjectWhenResolvingAPronoun() {
        String text = "Pavel Stroud met Ilse Marr at the port on Monday. \"We will rebuild the quay,\" he said.";
        ArticleAnalysis analysis = SharedAnalyzer.get().analyze(text, PUBLISHED);
        assertEquals("person:pavel-stroud", quoteContaining(analysis, "rebuild the quay").speaker().name());
    }

    @Test
    void attributesCitedAsSayingToThePersonQuotedNotTheOutlet() {
        assertEquals("person:lena-ostrova", quoteContaining(HARBOUR_ANALYSIS, "agreement in principle").speaker().name());
    }

    @Test
    void joinsAQuoteRunningOverTwoParagraphs() {
        Claim q = quoteContaining(VELMORA_ANALYSIS, "wells are empty");
        assertTrue(q.text().contains("another round of talks"), q.text());
        assertEquals("person:marta-kovane", q.speaker().name());
    }

    @Test
    void ignoresScareQuotesWithoutAReportingFrame() {
        assertTrue(VELMORA_ANALYSIS.claims(ClaimKind.QUOTE).stream()
                .noneMatch(c -> c.text().contains("moderate opposition")));
    }

    @Test
    void extractsIndirectAttributionsWithTheirSpeakers() {
        List<Claim> attributions = VELMORA_ANALYSIS.claims(ClaimKind.ATTRIBUTION);
        Claim bridge = attributions.stream().filter(c -> c.text().contains("reopen the northern bridge"))
                .findFirst().orElseThrow(() -> new AssertionError(attributions.toString()));
        assertEquals("person:teodor-rusk", bridge.speaker().name());
        assertTrue(bridge.text().startsWith("the government"), bridge.text());
        Claim according = attributions.stream().filter(c -> c.text().contains("40,000 people have left"))
                .findFirst().orElseThrow(() -> new AssertionError(attributions.toString()));
        assertEquals("person:marta-kovane", according.speaker().name());
        Claim water = attributions.stream().filter(c -> c.text().contains("clean water"))
                .findFirst().orElseThrow(() -> new AssertionError(attributions.toString()));
        assertEquals("person:marta-kovane", water.speaker().name());
    }

    @Test
    void normalisesNumbersAndKeepsTheirHedges() {
        Claim some = numberWorth(VELMORA_ANALYSIS, 40_000);
        assertEquals("some", some.hedge());
        assertEquals("people", some.subject());
        Claim million = numberWorth(VELMORA_ANALYSIS, 1_500_000);
        assertEquals("more than", million.hedge());
        assertEquals("loc:velmora", million.place());
        Claim estimated = numberWorth(VELMORA_ANALYSIS, 300_000);
        assertEquals("An estimated", estimated.hedge());
        assertEquals("residents", estimated.unit());
        Claim about = numberWorth(HARBOUR_ANALYSIS, 2_500);
        assertEquals("About", about.hedge());
        assertEquals("loc:kessburg", about.place());
        assertEquals("About 2,500 dockers", HARBOUR.substring(about.start(), about.end()));
    }

    @Test
    void leavesBareNumbersAndDatePartsOut() {
        assertTrue(HARBOUR_ANALYSIS.claims(ClaimKind.NUMBER).stream()
                .noneMatch(c -> c.value() == 28 || c.value() == 2015), HARBOUR_ANALYSIS.claims(ClaimKind.NUMBER)::toString);
    }

    @Test
    void resolvesDatesAgainstThePublicationDate() {
        List<Claim> dates = VELMORA_ANALYSIS.claims(ClaimKind.DATE);
        assertTrue(dates.stream().anyMatch(d -> d.expression().equals("on Monday")
                && d.date().equals(LocalDate.of(2016, 8, 15))), dates::toString);
        assertTrue(dates.stream().anyMatch(d -> d.expression().equals("last Thursday")
                && d.date().equals(LocalDate.of(2016, 8, 11))), dates::toString);
        assertTrue(dates.stream().anyMatch(d -> d.expression().equals("August 3")
                && d.date().equals(LocalDate.of(2016, 8, 3))), dates::toString);
        assertTrue(HARBOUR_ANALYSIS.claims(ClaimKind.DATE).stream()
                .anyMatch(d -> d.date().equals(LocalDate.of(2015, 7, 28))));
    }

    @Test
    void worksWithoutAPublicationDate() {
        ArticleAnalysis analysis = SharedAnalyzer.get().analyze(HARBOUR, null);
        assertTrue(analysis.claims(ClaimKind.DATE).stream().allMatch(d -> d.date().getYear() == 2015));
        assertNotNull(quoteContaining(analysis, "cranes will run").speaker());
    }

    @Test
    void canonicalisesEntitiesWithinTheArticle() {
        List<Entity> entities = VELMORA_ANALYSIS.entities();
        assertTrue(entities.stream().filter(e -> e.text().equals("Rusk"))
                .allMatch(e -> e.canonical().equals("person:teodor-rusk")), entities::toString);
        assertTrue(entities.stream().filter(e -> e.text().equals("NRA"))
                .allMatch(e -> e.canonical().equals("org:northern-relief-agency")), entities::toString);
        for (Entity e : entities) {
            assertEquals(e.text(), VELMORA.substring(e.start(), e.end()));
        }
    }

    @Test
    void givesNoSpeakerlessQuotesAndNoSpeakerForNumbers() {
        for (Claim c : VELMORA_ANALYSIS.claims()) {
            if (c.kind() == ClaimKind.QUOTE || c.kind() == ClaimKind.ATTRIBUTION) {
                assertNotNull(c.speaker(), c::toString);
            } else {
                assertNull(c.speaker(), c::toString);
            }
        }
    }
}
