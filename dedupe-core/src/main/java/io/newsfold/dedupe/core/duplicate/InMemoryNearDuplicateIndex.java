package io.newsfold.dedupe.core.duplicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

public final class InMemoryNearDuplicateIndex implements NearDuplicateIndex {
    private final Map<Long, List<String>> byBandKey = new HashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();

    private record Entry(long[] bandKeys, MinHashSignature signature) {
    }

    @Override
    public void add(String articleId, long[] bandKeys, MinHashSignature signature) {
        if (entries.containsKey(articleId)) {
            remove(articleId);
        }
        entries.put(articleId, new Entry(bandKeys.clone(), signature));
        for (long key : new LinkedHashSet<>(boxed(bandKeys))) {
            byBandKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(articleId);
        }
    }

    @Override
    public Set<String> candidates(long[] bandKeys) {
        Set<String> out = new TreeSet<>();
        for (long key : bandKeys) {
            List<String> ids = byBandKey.get(key);
            if (ids != null) {
                out.addAll(ids);
            }
        }
        return out;
    }

    @Override
    public MinHashSignature signature(String articleId) {
        Entry e = entries.get(articleId);
        return e == null ? null : e.signature();
    }

    @Override
    public void remove(String articleId) {
        Entry e = entries.remove(articleId);
        if (e == null) {
            return;
        }
        for (long key : e.bandKeys()) {
            List<String> ids = byBandKey.get(key);
            if (ids != null) {
                ids.remove(articleId);
                if (ids.isEmpty()) {
                    byBandKey.remove(key);
                }
            }
        }
    }

    @Override
    public int size() {
        return entries.size();
    }

    private static List<Long> boxed(long[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }
}
