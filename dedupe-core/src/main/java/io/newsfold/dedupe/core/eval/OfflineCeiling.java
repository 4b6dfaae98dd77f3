package io.newsfold.dedupe.core.eval;

import io.newsfold.dedupe.core.story.DocumentFrequencies;
import io.newsfold.dedupe.core.story.StoryFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the clusterer's features reach when every document is seen at once: average-linkage agglomerative
 * clustering over the same blend of TF-IDF and entity-key cosines, with the document frequencies of the whole set.
 * Not a method the service could run (it needs every document before deciding any), but it tells whether what
 * stands between the online clusterer and a goal is in its online decisions or in the features themselves.
 */
final class OfflineCeiling {

    private OfflineCeiling() {
    }

    /** Cluster labels, in the documents' order. */
    static List<String> cluster(List<StoryFeatures> docs, double entityWeight, double threshold) {
        double[][] similarity = similarities(docs, entityWeight);
        int n = docs.size();
        int[] size = new int[n];
        int[] label = new int[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            label[i] = i;
            alive[i] = true;
        }
        while (true) {
            int bestX = -1;
            int bestY = -1;
            double best = threshold;
            for (int x = 0; x < n; x++) {
                if (!alive[x]) {
                    continue;
                }
                for (int y = x + 1; y < n; y++) {
                    if (alive[y] && similarity[x][y] >= best) {
                        best = similarity[x][y];
                        bestX = x;
                        bestY = y;
                    }
                }
            }
            if (bestX < 0) {
                break;
            }
            // The mean similarity between the merged cluster and each other one, from the two it was made of.
            for (int z = 0; z < n; z++) {
                if (alive[z] && z != bestX && z != bestY) {
                    double mean = (similarity[bestX][z] * size[bestX] + similarity[bestY][z] * size[bestY])
                            / (size[bestX] + size[bestY]);
                    similarity[bestX][z] = mean;
                    similarity[z][bestX] = mean;
                }
            }
            size[bestX] += size[bestY];
            alive[bestY] = false;
            for (int i = 0; i < n; i++) {
                if (label[i] == bestY) {
                    label[i] = bestX;
                }
            }
        }
        List<String> out = new ArrayList<>(n);
        for (int l : label) {
            out.add("cluster-" + l);
        }
        return out;
    }

    private static double[][] similarities(List<StoryFeatures> docs, double entityWeight) {
        List<Map<String, Double>> terms = weighted(docs.stream().map(StoryFeatures::terms).toList());
        List<Map<String, Double>> keys = weighted(docs.stream().map(StoryFeatures::entityKeys).toList());
        int n = docs.size();
        double[][] out = new double[n][n];
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                double t = cosine(terms.get(x), terms.get(y));
                // As the online clusterer blends: entity keys count only when both sides have some.
                double s = keys.get(x).isEmpty() || keys.get(y).isEmpty() ? t
                        : (1 - entityWeight) * t + entityWeight * cosine(keys.get(x), keys.get(y));
                out[x][y] = s;
                out[y][x] = s;
            }
        }
        return out;
    }

    /** Counts times IDF, by the clusterer's own document frequencies over the whole set, to unit length. */
    private static List<Map<String, Double>> weighted(List<Map<String, Double>> counts) {
        DocumentFrequencies df = new DocumentFrequencies();
        counts.forEach(c -> df.add(c.keySet()));
        List<Map<String, Double>> out = new ArrayList<>(counts.size());
        for (Map<String, Double> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : c.entrySet()) {
                double w = e.getValue() * df.idf(e.getKey());
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / length);
            out.add(v);
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
