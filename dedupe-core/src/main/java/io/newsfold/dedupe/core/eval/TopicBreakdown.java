package io.newsfold.dedupe.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Per-topic view of one clustering run: each ECB+ topic holds two events of one kind, so a topic's figures and
 * how its documents fell into predicted stories show whether the two events were fused, split, or mixed with
 * another topic. Precision uses whole predicted stories, so a story spanning topics counts against both.
 */
final class TopicBreakdown {

    private TopicBreakdown() {
    }

    static void print(List<Integer> topics, List<String> predicted, List<String> gold) {
        Map<String, Integer> predictedSize = count(predicted);
        Map<String, Integer> goldSize = count(gold);
        Map<String, Integer> both = new TreeMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            both.merge(predicted.get(i) + '\u0000' + gold.get(i), 1, Integer::sum);
        }
        Map<Integer, List<Integer>> itemsOfTopic = new TreeMap<>();
        for (int i = 0; i < topics.size(); i++) {
            itemsOfTopic.computeIfAbsent(topics.get(i), t -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Integer, List<Integer>> e : itemsOfTopic.entrySet()) {
            double p = 0;
            double r = 0;
            Map<String, Map<String, Integer>> split = new TreeMap<>();
            for (int i : e.getValue()) {
                double overlap = both.get(predicted.get(i) + '\u0000' + gold.get(i));
                p += overlap / predictedSize.get(predicted.get(i));
                r += overlap / goldSize.get(gold.get(i));
                split.computeIfAbsent(predicted.get(i), k -> new TreeMap<>()).merge(gold.get(i), 1, Integer::sum);
            }
            int n = e.getValue().size();
            BCubed s = new BCubed(p / n, r / n);
            String stories = split.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())))
                    .map(x -> x.getValue().entrySet().stream().map(g -> g.getKey() + "x" + g.getValue())
                            .collect(Collectors.joining("+", "[", "]"))
                            + (predictedSize.get(x.getKey()) > total(x.getValue()) ? "(+"
                            + (predictedSize.get(x.getKey()) - total(x.getValue())) + " other topic)" : ""))
                    .collect(Collectors.joining(" "));
            System.out.printf(Locale.ROOT, "    topic %2d  P %.3f  R %.3f  F1 %.3f  %d stories: %s%n", e.getKey(),
                    s.precision(), s.recall(), s.f1(), split.size(), stories);
        }
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> count(List<String> labels) {
        Map<String, Integer> out = new TreeMap<>();
        labels.forEach(l -> out.merge(l, 1, Integer::sum));
        return out;
    }
}
