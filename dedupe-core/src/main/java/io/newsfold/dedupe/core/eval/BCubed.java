package io.newsfold.dedupe.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed precision, recall and F1 of a predicted clustering against gold labels, averaged over items. */
public record BCubed(double precision, double recall) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code predicted} and {@code gold} give each item's cluster label, item i at index i in both. */
    public static BCubed score(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size() || predicted.isEmpty()) {
            throw new IllegalArgumentException("need equally long, non-empty label lists");
        }
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            predictedSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted.get(i) + '\u0000' + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.size(); i++) {
            double overlap = both.get(predicted.get(i) + '\u0000' + gold.get(i));
            p += overlap / predictedSize.get(predicted.get(i));
            r += overlap / goldSize.get(gold.get(i));
        }
        return new BCubed(p / predicted.size(), r / predicted.size());
    }
}
