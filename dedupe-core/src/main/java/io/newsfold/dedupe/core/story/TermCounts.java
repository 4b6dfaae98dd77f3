package io.newsfold.dedupe.core.story;

import io.newsfold.dedupe.core.text.TokenizedText;
import io.newsfold.dedupe.core.text.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sublinear term weights (1 + ln tf) of a text's content words, or of a list of entity keys. */
final class TermCounts {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private TermCounts() {
    }

    static Map<String, Double> ofText(String text) {
        return ofTokens(TOKENIZER.tokenize(text));
    }

    static Map<String, Double> ofTokens(TokenizedText tokens) {
        Map<String, Integer> tf = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.term(i);
            if (term.length() < 2 || Stopwords.ENGLISH.contains(term)) {
                continue;
            }
            tf.merge(term, 1, Integer::sum);
        }
        return sublinear(tf);
    }

    static Map<String, Double> ofKeys(List<String> keys) {
        Map<String, Integer> tf = new HashMap<>();
        for (String k : keys) {
            tf.merge(k, 1, Integer::sum);
        }
        return sublinear(tf);
    }

    private static Map<String, Double> sublinear(Map<String, Integer> tf) {
        Map<String, Double> out = new HashMap<>(tf.size() * 2);
        tf.forEach((t, n) -> out.put(t, 1 + Math.log(n)));
        return out;
    }
}
