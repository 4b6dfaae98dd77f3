package io.newsfold.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();

    private ApiKeys keys(Path file) {
        return ApiKeys.fromFile(file, Duration.ofSeconds(1), clock::get);
    }

    @Test
    void acceptsEachListedKeyUnderItsNameAndIgnoresCommentsAndBadLines() throws Exception {
        Path file = Files.writeString(dir.resolve("keys"), """
                # feeders
                wire:k-wire-123

                lakeside : k:with:colons
                a-bare-key-without-name
                :no-name
                """);
        ApiKeys keys = keys(file);

        assertEquals("wire", keys.check("k-wire-123").keyName());
        assertEquals("lakeside", keys.check("k:with:colons").keyName());
        assertFalse(keys.check("a-bare-key-without-name").allowed());
        assertFalse(keys.check("no-name").allowed());
        assertEquals(List.of("wire", "lakeside"), keys.names());
    }

    @Test
    void refusesAMissingOrWrongKeyWithoutNamingIt() throws Exception {
        ApiKeys keys = keys(Files.writeString(dir.resolve("keys"), "wire:right\n"));

        var missing = keys.check(null);
        var wrong = keys.check("wrong-secret");

        assertEquals(ApiKeys.Outcome.MISSING, missing.outcome());
        assertTrue(missing.refusal().contains(ApiKeys.HEADER));
        assertEquals(ApiKeys.Outcome.INVALID, wrong.outcome());
        assertFalse(wrong.refusal().contains("wrong-secret"));
    }

    @Test
    void refusesEverythingWithoutAKeysFileOrWithAnUnreadableOne() {
        ApiKeys none = keys(null);
        ApiKeys missing = keys(dir.resolve("absent"));

        assertFalse(none.configured());
        assertEquals(ApiKeys.Outcome.NOT_CONFIGURED, none.check("anything").outcome());
        assertEquals("no API keys are configured", none.check("anything").refusal());
        assertTrue(missing.configured());
        assertTrue(missing.check("anything").refusal().startsWith("no API keys are configured"));
    }

    @Test
    void picksUpARotatedFileOnceTheCheckIntervalHasPassed() throws Exception {
        Path file = Files.writeString(dir.resolve("keys"), "wire:old-key\n");
        ApiKeys keys = keys(file);
        assertTrue(keys.check("old-key").allowed());

        Files.writeString(file, "wire:new-key-that-is-longer\n");
        assertTrue(keys.check("old-key").allowed(), "not looked at again within the interval");

        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertFalse(keys.check("old-key").allowed());
        assertEquals("wire", keys.check("new-key-that-is-longer").keyName());
    }

    @Test
    void aFileThatAppearsLaterIsRead() throws Exception {
        Path file = dir.resolve("later");
        ApiKeys keys = keys(file);
        assertFalse(keys.check("k").allowed());

        Files.writeString(file, "ops:k\n");
        clock.addAndGet(Duration.ofSeconds(2).toNanos());

        assertEquals("ops", keys.check("k").keyName());
    }
}
