package io.newsfold.ingest.service;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Canonical body text: Unicode NFC, Unix line ends, no control characters, single spaces inside a line and one blank
 * line between paragraphs. Offsets that later stages publish refer to this text.
 */
final class TextNormalizer {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\p{Zs}]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n{3,}");

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        s = CONTROL.matcher(s).replaceAll("");
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        s = PARAGRAPH_BREAK.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** A single-line field such as a title or source: all white space folded to single spaces. */
    static String normalizeLine(String text) {
        return normalize(text).replace('\n', ' ').replaceAll(" {2,}", " ");
    }
}
