package io.newsfold.nlp.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityCanonicalizerTest {

    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

    private static List<EntityMention> mentions(Object... typeAndText) {
        List<EntityMention> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < typeAndText.length; i += 2) {
            String text = (String) typeAndText[i + 1];
            out.add(new EntityMention(text, (EntityType) typeAndText[i], offset, offset + text.length()));
            offset += text.length() + 10;
        }
        return out;
    }

    private List<String> keys(Object... typeAndText) {
        return canonicalizer.canonicalize(mentions(typeAndText)).stream().map(Entity::canonical).toList();
    }

    @Test
    void stripsTitlesAndJoinsASurnameToTheFullName() {
        assertEquals(List.of("person:teodor-rusk", "person:teodor-rusk", "person:teodor-rusk"),
                keys(EntityType.PERSON, "Interior Minister Teodor Rusk", EntityType.PERSON, "Rusk",
                        EntityType.PERSON, "Rusk's"));
    }

    @Test
    void joinsASurnameMentionedBeforeTheFullName() {
        assertEquals(List.of("person:orla-penn", "person:orla-penn"),
                keys(EntityType.PERSON, "Penn", EntityType.PERSON, "Orla Penn"));
    }

    @Test
    void prefersTheNearestEarlierNameWhenTwoShareASurname() {
        assertEquals(List.of("person:jonas-ek", "person:mira-ek", "person:mira-ek"),
                keys(EntityType.PERSON, "Jonas Ek", EntityType.PERSON, "Mira Ek", EntityType.PERSON, "Ek"));
    }

    @Test
    void matchesAnAcronymToTheSpelledOutOrganisation() {
        assertEquals(List.of("org:northern-relief-agency", "org:northern-relief-agency"),
                keys(EntityType.ORGANIZATION, "Northern Relief Agency", EntityType.ORGANIZATION, "NRA"));
        assertEquals(List.of("org:league-of-harbour-towns", "org:league-of-harbour-towns"),
                keys(EntityType.ORGANIZATION, "the League of Harbour Towns", EntityType.ORGANIZATION, "LHT"));
    }

    @Test
    void foldsCountryAbbreviationsIntoOnePlace() {
        assertEquals(List.of("loc:united-states", "loc:united-states", "loc:united-states"),
                keys(EntityType.LOCATION, "U.S.", EntityType.LOCATION, "US", EntityType.LOCATION, "the United States"));
    }

    @Test
    void keepsAnUnexplainedAcronymAsItIs() {
        assertEquals(List.of("org:kpx"), keys(EntityType.ORGANIZATION, "KPX"));
    }

    @Test
    void keepsTextTypeAndOffsetsOfEachMention() {
        List<Entity> entities = canonicalizer.canonicalize(
                List.of(new EntityMention("Velmora", EntityType.LOCATION, 12, 19)));
        assertEquals(new Entity("Velmora", EntityType.LOCATION, "loc:velmora", 12, 19), entities.get(0));
    }

    @Test
    void slugsAreLowerCaseAsciiWithHyphens() {
        assertEquals("jose-alvarez-nunez", EntityCanonicalizer.slug("José Álvarez-Núñez"));
    }
}
