package io.newsfold.ingest.config;

import io.newsfold.ingest.service.ArticleNormalizer;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;

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

    default ArticleNormalizer.Limits limits() {
        return new ArticleNormalizer.Limits(maxTextBytes(), maxTitleChars(), maxSourceChars(), futureSkew(),
                nonEnglish() == NonEnglish.REFUSE);
    }

    enum NonEnglish {
        ACCEPT, REFUSE
    }
}
