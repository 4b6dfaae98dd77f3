package io.newsfold.nlp.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreNlpNerEngineTest {

    private static final String TEXT = "Harbour strike ends\n\n"
            + "Teodor Rusk met officials of the Northern Relief Agency in Port Arlen on Monday. "
            + "He said his ministry would pay. The president thanked him.";

    private final NerEngine ner = SharedAnalyzer.get().ner();

    private static boolean has(List<EntityMention> mentions, String text, EntityType type) {
        return mentions.stream().anyMatch(m -> m.text().equals(text) && m.type() == type);
    }

    @Test
    void findsPeopleOrganisationsAndPlacesWithOffsetsIntoTheText() {
        List<EntityMention> mentions = ner.find(TEXT);
        assertTrue(has(mentions, "Teodor Rusk", EntityType.PERSON), mentions::toString);
        assertTrue(has(mentions, "Northern Relief Agency", EntityType.ORGANIZATION), mentions::toString);
        assertTrue(has(mentions, "Port Arlen", EntityType.LOCATION), mentions::toString);
        for (EntityMention m : mentions) {
            assertEquals(m.text(), TEXT.substring(m.start(), m.end()));
        }
    }

    @Test
    void neverReturnsPronounsOrBareTitlesAsEntities() {
        List<EntityMention> mentions = ner.find(TEXT);
        assertFalse(mentions.stream().anyMatch(m -> m.text().equalsIgnoreCase("he")
                || m.text().equalsIgnoreCase("his") || m.text().equalsIgnoreCase("him")
                || m.text().equalsIgnoreCase("president")), mentions::toString);
    }

    @Test
    void keepsAHeadlineLineOutOfTheFirstSentence() {
        AnnotatedText annotated = ner.annotate(TEXT);
        assertEquals("Harbour strike ends",
                TEXT.substring(annotated.sentences().get(0).start(), annotated.sentences().get(0).end()));
        assertTrue(annotated.sentences().get(1).tokens().stream().anyMatch(t -> t.pos().startsWith("NNP")));
    }

    @Test
    void givesTheSameAnswerFromSeveralThreads() throws Exception {
        List<EntityMention> expected = ner.find(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<EntityMention>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> ner.find(TEXT)));
            }
            for (Future<List<EntityMention>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
