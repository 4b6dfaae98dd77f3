package io.newsfold.dedupe.core.duplicate;

import java.util.Set;

/** Where band keys live: in memory for tests and benchmarks, in a table in the service. */
public interface NearDuplicateIndex {

    void add(String articleId, long[] bandKeys, MinHashSignature signature);

    /** Articles sharing at least one band key, in a deterministic order. */
    Set<String> candidates(long[] bandKeys);

    MinHashSignature signature(String articleId);

    void remove(String articleId);

    int size();
}
