package io.newsfold.nlp.core;

/**
 * Who a claim is attributed to. {@code name} is the canonical key when the speaker is a known entity, else the
 * lower-cased words of the reference ("sources", "the state department").
 * {@code start}/{@code end} span the named mention the speaker resolves to (for "he added" the earlier "Shoigu");
 * {@code referenceStart}/{@code referenceEnd} span the words in the reporting frame itself ("he"). For a name in the
 * frame both spans are the same.
 */
public record Speaker(String name, int start, int end, int referenceStart, int referenceEnd) {

    public boolean resolvedFromReference() {
        return start != referenceStart || end != referenceEnd;
    }
}
