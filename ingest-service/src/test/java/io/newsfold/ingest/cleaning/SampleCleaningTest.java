package io.newsfold.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsfold.contracts.ArticleSubmission;
import io.newsfold.infra.testing.SharedData;
import io.newsfold.ingest.service.ArticleNormalizer;
import io.newsfold.ingest.service.NormalizedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five scraped versions of one story in ../shared/samples/aleppo-2016, as plain text with their site chrome.
 * Which lines are chrome is stated here by line number, from reading the files; every other line is story text
 * (or the headline) and must survive cleaning.
 */
class SampleCleaningTest {

    private static final Map<String, Set<Integer>> CHROME_LINES = Map.of(
            "000", Set.of(1),
            "001", Set.of(5, 6, 8, 38, 40, 52),
            "002", Set.of(),
            "003", Set.of(1, 3, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50),
            "004", Set.of(4, 5, 7, 9, 31, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48));

    private static final Map<String, List<String>> CREDITS = Map.of(
            "000", List.of("Reuters"),
            "001", List.of("TRT World", "Agencies", "Reuters"),
            "002", List.of(),
            "003", List.of("AP", "Reuters"),
            "004", List.of("AP"));

    /** The chrome the issue names, by its own words. */
    private static final List<String> NAMED_CHROME = List.of("Accessibility links", "Breaking News", "Save Story",
            "Leer en español", "Estimated read time", "RFE/RL journalists", "undesirable organization",
            "Weather Forecast", "Copyright ©", "16x9 Image", "Play button", "click here");

    private final ArticleNormalizer normalizer = new ArticleNormalizer(
            new ArticleNormalizer.Limits(2_000_000, 1000, 200, Duration.ofHours(1), false), new LanguageGuesser());

    private static Optional<Path> sample(String prefix) throws IOException {
        Optional<Path> dir = SharedData.resolve("samples/aleppo-2016");
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        try (var files = Files.list(dir.get())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void removesEveryChromeLineAndKeepsEveryStoryLine(String prefix) throws IOException {
        Optional<Path> file = sample(prefix);
        assumeTrue(file.isPresent(), "../shared/samples/aleppo-2016 is not here");
        List<String> lines = Files.readAllLines(file.get());

        NormalizedArticle article = normalizer.normalize(
                new ArticleSubmission(null, "sample " + prefix, null, null, String.join("\n", lines), null, null),
                Instant.parse("2016-08-16T00:00:00Z"));
        String kept = (article.title() == null ? "" : article.title() + "\n\n") + article.text();

        IntStream.range(0, lines.size()).forEach(i -> {
            String line = lines.get(i).strip().replaceAll("\\s+", " ");
            if (line.isEmpty()) {
                return;
            }
            if (CHROME_LINES.get(prefix).contains(i + 1)) {
                assertFalse(kept.contains(line), prefix + " line " + (i + 1) + " is chrome but was kept: " + line);
            } else {
                assertTrue(kept.contains(line), prefix + " line " + (i + 1) + " is story but was lost: " + line);
            }
        });
        NAMED_CHROME.forEach(chrome -> assertFalse(kept.contains(chrome), prefix + " kept " + chrome));
        assertEquals(CREDITS.get(prefix), article.wireCredits());
        assertEquals("en", article.language());
    }
}
