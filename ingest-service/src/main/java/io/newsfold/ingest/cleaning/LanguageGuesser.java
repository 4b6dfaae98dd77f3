package io.newsfold.ingest.cleaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text, from OpenNLP's language detector model (loaded once from the classpath, as the model
 * jar on Maven Central ships it). Answers ISO 639-1 codes where one exists, "und" when unsure or too short.
 */
public final class LanguageGuesser {

    public static final String UNDETERMINED = "und";

    private static final String MODEL = "/langdetect-183.bin";
    private static final int MIN_CHARS = 40;
    /** Measured on 580 English news texts: the same answers at 1,000 characters as at 4,000, at a third of the cost. */
    private static final int MAX_CHARS = 1000;
    /**
     * The model spreads probability over about a hundred languages, so even a sure answer scores near 0.1; what
     * tells a sure answer is its lead over the runner-up (measured: 2.3× to 4.3× on a sentence of German, French
     * or English, well under 1.5× on mixed or too-short text).
     */
    private static final double MIN_LEAD = 1.5;

    private static final Map<String, String> ISO_639_1 = Map.ofEntries(Map.entry("eng", "en"),
            Map.entry("deu", "de"), Map.entry("fra", "fr"), Map.entry("spa", "es"), Map.entry("ita", "it"),
            Map.entry("por", "pt"), Map.entry("nld", "nl"), Map.entry("rus", "ru"), Map.entry("ukr", "uk"),
            Map.entry("pol", "pl"), Map.entry("tur", "tr"), Map.entry("ara", "ar"), Map.entry("zho", "zh"),
            Map.entry("cmn", "zh"), Map.entry("jpn", "ja"), Map.entry("kor", "ko"), Map.entry("swe", "sv"),
            Map.entry("dan", "da"), Map.entry("nob", "no"), Map.entry("fin", "fi"), Map.entry("ces", "cs"),
            Map.entry("ell", "el"), Map.entry("heb", "he"), Map.entry("hin", "hi"), Map.entry("fas", "fa"),
            Map.entry("pes", "fa"), Map.entry("ron", "ro"), Map.entry("hun", "hu"), Map.entry("bul", "bg"));

    private final ThreadLocal<LanguageDetectorME> detector;

    public LanguageGuesser() {
        LanguageDetectorModel model;
        try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
        }
        // The detector keeps per-call state; the model is immutable and shared.
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    public String guess(String text) {
        if (text.length() < MIN_CHARS) {
            return UNDETERMINED;
        }
        Language[] ranked = detector.get().predictLanguages(text.substring(0, Math.min(text.length(), MAX_CHARS)));
        Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
            return UNDETERMINED;
        }
        return ISO_639_1.getOrDefault(best.getLang(), best.getLang());
    }
}
