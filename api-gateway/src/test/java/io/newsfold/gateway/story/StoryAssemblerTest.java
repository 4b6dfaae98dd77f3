package io.newsfold.gateway.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.gateway.story.StoryMaterial.Article;
import io.newsfold.gateway.story.StoryMaterial.ClaimRow;
import io.newsfold.gateway.story.StoryMaterial.EntityMention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryAssemblerTest {

    private static final StoryAssembler ASSEMBLER = new StoryAssembler();

    private static Article article(String id, String outlet, String at, String relation) {
        return new Article(id, outlet, "https://" + id + ".example", "Ferries return to Lake Orrin",
                "Ferries returned on Monday.\n\nMore text.", Instant.parse(at), Instant.parse(at), List.of(),
                relation == null ? null : "f-1", relation, relation == null ? 0 : 0.8);
    }

    private static ClaimRow quote(String articleId, String text, String speaker) {
        return new ClaimRow(articleId, "quote", text, 200, speaker, "person:" + speaker.toLowerCase().replace(' ', '-'),
                null, null, null, null, null, null, null);
    }

    private static ClaimRow number(String articleId, double value, String hedge, String place) {
        return new ClaimRow(articleId, "number", hedge + " " + (long) value + " passengers", 120, null, null, value,
                null, hedge, "passengers", place, null, null);
    }

    private static ClaimRow date(String articleId, String expression, String day) {
        return new ClaimRow(articleId, "date", expression, 30, null, null, null, null, null, null, null,
                LocalDate.parse(day), expression);
    }

    private static final List<Article> ARTICLES = List.of(
            article("wire", "Northwind Wire", "2026-02-09T09:00:00Z", "origin"),
            article("reprint", "Lakeside Today", "2026-02-09T11:00:00Z", "copy"),
            article("rewrite", "Regional Herald", "2026-02-10T08:00:00Z", null));

    @Test
    void mergesOneQuoteCarriedByEverySourceWithItsWordingVariants() {
        var story = ASSEMBLER.assemble(new StoryMaterial("s", ARTICLES, List.of(), List.of(
                quote("wire", "We have never kept the crossing closed this long in February", "Mira Halloran"),
                quote("reprint", "We have never kept the crossing closed this long in February", "Mira Halloran"),
                quote("rewrite", "we have never kept the crossing closed so long in February", "Mira Halloran"),
                quote("rewrite", "If the ice closes in again, we will not take risks", "Tomas Reyes"))));

        var merged = story.claims().get(0);
        assertEquals(3, merged.sources().size());
        assertEquals(2, merged.variants().size());
        assertEquals("Mira Halloran", merged.speaker().name());
        assertEquals("wire", merged.firstSeen().articleId());
        assertEquals(2, story.claims().size());
    }

    @Test
    void keepsQuotesOfDifferentSpeakersApartEvenWhenWordedAlike() {
        var story = ASSEMBLER.assemble(new StoryMaterial("s", ARTICLES, List.of(), List.of(
                quote("wire", "We will not take risks", "Mira Halloran"),
                quote("reprint", "We will not take risks", "Tomas Reyes"))));

        assertEquals(2, story.claims().size());
    }

    @Test
    void flagsDifferentCountsOfTheSameThingAsADisagreement() {
        var story = ASSEMBLER.assemble(new StoryMaterial("s", ARTICLES, List.of(), List.of(
                number("wire", 1200, "about", "Kestrel Bay"),
                number("reprint", 1200, "about", null),
                number("rewrite", 1500, "about", "Kestrel Bay"))));

        assertEquals(1, story.disagreements().size());
        var d = story.disagreements().get(0);
        assertEquals("passengers in Kestrel Bay", d.about());
        assertEquals(List.of(1500.0, 1200.0), d.positions().stream().map(MergedStory.Position::value).toList());
        assertEquals(2, d.positions().get(1).sources().size());
    }

    @Test
    void seesNoDisagreementWhenSourcesAgreeWithinRounding() {
        var story = ASSEMBLER.assemble(new StoryMaterial("s", ARTICLES, List.of(), List.of(
                number("wire", 700_000, "about", null), number("rewrite", 701_000, "some", null))));

        assertTrue(story.disagreements().isEmpty());
    }

    @Test
    void findsTheSameDisagreementsFromNumberAndDateClaimsAloneAsFromTheWholeStory() {
        List<ClaimRow> claims = List.of(
                quote("wire", "We will not take risks", "Mira Halloran"),
                number("wire", 1200, "about", "Kestrel Bay"), number("reprint", 1200, "about", null),
                number("rewrite", 1500, "about", "Kestrel Bay"), number("rewrite", 40, "at least", null),
                date("wire", "on Monday", "2026-02-09"), date("rewrite", "on Tuesday", "2026-02-10"));
        var whole = ASSEMBLER.assemble(new StoryMaterial("s", ARTICLES,
                List.of(new EntityMention("wire", "Kestrel Bay", "LOCATION", "location:kestrel-bay")), claims));
        List<Article> withoutTexts = ARTICLES.stream().map(a -> new Article(a.id(), a.source(), a.url(), a.title(),
                null, a.publishedAt(), a.receivedAt(), a.wireCredits(), a.familyId(), a.relation(), a.share()))
                .toList();
        List<ClaimRow> numbersAndDates = claims.stream().filter(c -> !c.kind().equals("quote")).toList();

        var alone = ASSEMBLER.disagreements(new StoryMaterial("s", withoutTexts, List.of(), numbersAndDates));

        assertEquals(2, whole.disagreements().size());
        assertEquals(whole.disagreements(), alone);
    }

    @Test
    void flagsConflictingDatesOfTheEventInTheLead() {
        var story = ASSEMBLER.assemble(new StoryMaterial("s", ARTICLES, List.of(), List.of(
                date("wire", "on Monday", "2026-02-09"), date("reprint", "on Monday", "2026-02-09"),
                date("rewrite", "on Tuesday", "2026-02-10"))));

        var d = story.disagreements().get(0);
        assertEquals("date", d.kind());
        assertEquals(LocalDate.parse("2026-02-09"), d.positions().get(0).date());
        assertEquals(2, d.positions().get(0).sources().size());
        assertEquals("on Tuesday", d.positions().get(1).text());
    }

    @Test
    void countsEntityMentionsPerSourceAndNamesSourcesWithTheirRelations() {
        var story = ASSEMBLER.assemble(new StoryMaterial("s", ARTICLES, List.of(
                new EntityMention("wire", "Mira Halloran", "PERSON", "person:mira-halloran"),
                new EntityMention("wire", "Halloran", "PERSON", "person:mira-halloran"),
                new EntityMention("rewrite", "Halloran", "PERSON", "person:mira-halloran")), List.of()));

        var entity = story.entities().get(0);
        assertEquals("Mira Halloran", entity.name());
        assertEquals(Map.of("Northwind Wire", 2, "Regional Herald", 1), entity.perSource());
        assertEquals(List.of("origin", "copy", "independent"),
                story.sources().stream().map(MergedStory.Source::relation).toList());
        assertEquals("Ferries returned on Monday.", story.lead());
        assertNull(story.sources().get(2).familyId());
    }

    @Test
    void mergesNothingFromAnArticleWhoseIngestedEventHasNotArrivedYet() {
        // Enrichment and assignment travel on other topics and can be projected first: the row has no source yet.
        Article early = new Article("early", null, null, null, null, null, null, List.of(), null, null, 0);
        List<Article> articles = new java.util.ArrayList<>(ARTICLES);
        articles.add(early);

        var story = ASSEMBLER.assemble(new StoryMaterial("s", articles, List.of(
                new EntityMention("early", "Mira Halloran", "PERSON", "person:mira-halloran"),
                new EntityMention("wire", "Mira Halloran", "PERSON", "person:mira-halloran")), List.of(
                number("early", 1200, "about", null), number("wire", 1500, "about", null),
                quote("early", "We will not take risks", "Mira Halloran"))));

        assertEquals(4, story.articleCount());
        assertEquals(Map.of("Northwind Wire", 1), story.entities().get(0).perSource());
        assertTrue(story.disagreements().isEmpty(), story.disagreements().toString());
        assertTrue(story.claims().isEmpty());
    }
}
