package io.newsfold.ingest.config;

import io.newsfold.ingest.service.ArticleNormalizer;
import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "newsfold.ingest")
public interface IngestConfig {

    /** Largest accepted article text, in UTF-8 bytes. */
    int maxTextBytes();

    int maxTitleChars();

    int maxSourceChars();

    /** How far in the future a publish date may lie (clock skew between feeds and us). */
    Duration futureSkew();

    /** What to do with text that is not English: {@code accept} (and mark its language) or {@code refuse}. */
    NonEnglish nonEnglish();

    /**
     * The keys file of the write routes: {@code name:key} lines. Without one every write is refused. Re-read when it
     * changes, so keys rotate without a restart.
     */
    Optional<Path> apiKeysFile();

    /** Writes allowed per API key: a token bucket refilled at {@code per-second}, holding at most {@code burst}. */
    RateLimit rateLimit();

    interface RateLimit {

        double perSecond();

        int burst();
    }

    /** The relay that publishes versions stored but not published: how often it looks, and how old they must be. */
    Relay relay();

    interface Relay {

        Duration interval();

        Duration grace();
    }

    default ArticleNormalizer.Limits limits() {
        return new ArticleNormalizer.Limits(maxTextBytes(), maxTitleChars(), maxSourceChars(), futureSkew(),
                nonEnglish() == NonEnglish.REFUSE);
    }

    enum NonEnglish {
        ACCEPT, REFUSE
    }
}
