package io.newsfold.dedupe.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.StoryAssigned;
import io.newsfold.dedupe.DemoArticles;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Which other articles a decision publishes again: those whose own assignment it changed, and no more. */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class RepublishTest {
    private static final int REPRINTS = 40;

    @Inject
    DataSource dataSource;

    @Test
    void aReprintOfABigFamilyRepublishesOnlyTheArticlesItIsLinkedTo() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String dialect = DemoArticles.dialect();
        DedupeEngine engine = new DedupeEngine();
        engine.dataSource = dataSource;
        engine.assign(DemoArticles.enriched("01-northwind-wire.json", "w-" + run, dialect));
        Decision last = null;
        for (int i = 1; i <= REPRINTS; i++) {
            last = engine.assign(DemoArticles.enriched("02-kestrel-bay-courier.json",
                    String.format("c-%s-%03d", run, i), dialect));
        }

        StoryAssigned reprint = last.assignments().get(0);
        List<StoryAssigned> others = last.assignments().subList(1, last.assignments().size());
        Set<String> linked = reprint.reuse().stream().map(StoryAssigned.Reuse::articleId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals("w-" + run, reprint.familyOrigin());
        assertTrue(linked.size() < REPRINTS, "the reuse look-up caps an article's links below the family's size");
        assertEquals(linked, others.stream().map(StoryAssigned::articleId)
                .collect(Collectors.toCollection(TreeSet::new)), "only the other ends of its links changed");
        for (StoryAssigned other : others) {
            assertEquals(reprint.familyId(), other.familyId());
            assertTrue(other.reuse().stream().anyMatch(r -> r.articleId().equals(reprint.articleId())),
                    other.articleId() + " is published with its link to the new reprint");
        }
    }
}
