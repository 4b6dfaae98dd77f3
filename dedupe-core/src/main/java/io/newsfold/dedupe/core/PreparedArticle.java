package io.newsfold.dedupe.core;

import io.newsfold.dedupe.core.duplicate.MinHashSignature;
import io.newsfold.dedupe.core.reuse.Fingerprint;
import io.newsfold.dedupe.core.story.StoryClusterer;
import io.newsfold.dedupe.core.story.StoryFeatures;
import io.newsfold.dedupe.core.text.TokenizedText;
import java.util.List;

/**
 * What the pipeline needs of an article that can be worked out before its turn: what depends on its text alone
 * (tokens, MinHash signature, winnowed fingerprints, story features) and the numbers its terms already have, which
 * never change once given. About a third of an article's cost; made by {@link DedupePipeline#prepare}, which any
 * thread may call ahead of the one thread that decides articles in order, and good only for that pipeline.
 */
public record PreparedArticle(IncomingArticle article, TokenizedText tokens, MinHashSignature signature,
                              List<Fingerprint> fingerprints, StoryFeatures features,
                              StoryClusterer.KnownNumbers knownNumbers) {

    public PreparedArticle {
        fingerprints = List.copyOf(fingerprints);
    }
}
