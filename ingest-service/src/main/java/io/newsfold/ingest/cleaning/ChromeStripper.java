package io.newsfold.ingest.cleaning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes site chrome from plain text scraped from a page, keeping the story intact: navigation and widget labels,
 * photo captions and credit lines, repeated paragraphs, legal footers and everything after the end of the story
 * (a "With reporting by" line or a copyright line), and stray tags after the last paragraph.
 *
 * <p>Rules look at one line at a time and at its position, never at a particular site, so they carry over to pages
 * they were not written for. The input is normalised text: paragraphs separated by one blank line.
 */
public final class ChromeStripper {

    /** The story body without chrome, its headline if one was found on top, and a byline if one was found. */
    public record Stripped(String text, String headline, String byline) {
    }

    private static final Pattern CHROME_LINE = Pattern.compile("(?i)^[•·|>*\\-\\s]*(?:"
            + "accessibility links|skip to (?:main )?(?:content|navigation)|breaking news|save story|save article"
            + "|leer en español|read in \\p{L}+|estimated read time:?.*|\\d+[ -]min(?:ute)? read"
            + "|advertisement|advertising|sponsored(?: content)?|ad"
            + "|share(?: this)?(?: story| article| page)?|share on \\p{L}+|(?:tweet|email|print|facebook|twitter"
            + "|whatsapp|linkedin|copy link)(?: this)?(?: story| article)?"
            + "|play(?: button| video)?|watch(?: video)?:?.{0,80}|listen(?: to this article)?:?.{0,60}"
            + "|related(?: topics| stories| articles| coverage| content| news)?(?::.*)?"
            + "|most (?:recent|read|popular|viewed)(?: \\p{L}+)? (?:stories|articles|news)"
            + "|.{0,40} weather forecast|\\d+x\\d+ image|image \\d+ of \\d+|(?:click|tap) here.{0,60}"
            + "|to find out more, click here\\.?|sign up (?:for|to) .{0,80}|subscribe(?: now)?(?: to .{0,60})?"
            + "|follow us(?: on .{0,40})?|comments?(?: \\(\\d+\\))?|show comments|load more|back to top|menu|search"
            + "|_{3,}|-{3,}|\\*{3,}"
            + ")\\s*$");

    private static final Pattern LEGAL_LINE = Pattern.compile("(?i)(?:^copyright\\b|^©|\\ball rights reserved\\b"
            + "|available only for your personal,? non-commercial use|may not be (?:published|reproduced), broadcast"
            + "|republished with (?:the )?permission of)");

    private static final Pattern REPORTING_CREDIT = Pattern.compile("(?i)^\\(?(?:with )?(?:additional )?"
            + "(?:reporting|writing|editing)(?: by| from)\\b.{0,160}\\)?$");

    private static final Pattern CAPTION_MARKER = Pattern.compile("\\b(?:in this (?:undated )?(?:file )?"
            + "(?:picture|photo|image|handout)|(?:picture|photo|image) (?:taken|released)|via REUTERS|REUTERS/"
            + "|\\(AP Photo|AP Photo/|Getty Images|/AFP\\b|\\(Photo:|Photo credit|FILE PHOTO)");

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

    /**
     * A caption's closing date follows the place with no preposition ("in Aleppo, Syria August 13, 2016."),
     * unlike a story sentence ("signed on August 13, 2016.").
     */
    private static final Pattern CAPTION_DATE_END = Pattern.compile("(?<!\\b(?:on|since|until|by|from|to|before"
            + "|after|of|in|and|between|through|than|for|at)) " + MONTH + " \\d{1,2}, \\d{4}\\.?$");

    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY) ([\\p{Lu}][\\p{L}.'-]+(?: [\\p{Lu}][\\p{L}.'-]+)"
            + "{1,3}(?:(?:,| and) [\\p{Lu}][\\p{L}.'-]+(?: [\\p{Lu}][\\p{L}.'-]+){1,3})*)$");

    private static final Pattern CAPS_NAME = Pattern.compile("^\\p{Lu}[\\p{Lu}.'-]+(?: \\p{Lu}[\\p{Lu}.'-]+){1,3}$");

    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_TAG_WORDS = 4;
    private static final int MAX_CAPTION_WORDS = 45;
    private static final int MIN_STORY_WORDS = 8;

    public Stripped strip(String text) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String byline = null;
        boolean storyStarted = false;
        for (String paragraph : text.split("\n\n")) {
            List<String> lines = new ArrayList<>();
            boolean endOfStory = false;
            String[] raw = paragraph.split("\n");
            for (int i = 0; i < raw.length; i++) {
                String line = raw[i].strip();
                if (line.isEmpty() || CHROME_LINE.matcher(line).matches() || isCaption(line, raw, i)
                        || WireCredits.CREDIT_LINE.matcher(line).matches()) {
                    continue;
                }
                // Legal notices also stand above a story ("this archived story is for personal use"): only once
                // the story has begun do they, like a reporting credit, mark its end.
                if (storyStarted && (LEGAL_LINE.matcher(line).find()
                        || REPORTING_CREDIT.matcher(line).matches())) {
                    endOfStory = true;
                    break;
                }
                if (LEGAL_LINE.matcher(line).find()) {
                    continue;
                }
                var by = BYLINE.matcher(line);
                if (by.matches()) {
                    byline = byline == null ? by.group(1) : byline;
                    continue;
                }
                lines.add(line);
                storyStarted |= isStoryLine(line);
            }
            String joined = String.join("\n", lines);
            if (!joined.isEmpty() && seen.add(fold(joined))) {
                kept.add(joined);
            }
            if (endOfStory) {
                break;
            }
        }
        byline = dropTrailingTags(kept, byline);
        String headline = null;
        if (kept.size() > 1 && looksLikeHeadline(kept.get(0))) {
            headline = kept.remove(0);
        }
        return new Stripped(String.join("\n\n", kept), headline, byline);
    }

    private static boolean isCaption(String line, String[] paragraphLines, int index) {
        if (words(line) > MAX_CAPTION_WORDS) {
            return hasCaptionMarker(line) && !line.contains("\"") && !line.contains("“");
        }
        if (hasCaptionMarker(line)) {
            return true;
        }
        boolean creditFollows = index + 1 < paragraphLines.length
                && WireCredits.CREDIT_LINE.matcher(paragraphLines[index + 1].strip()).matches();
        return creditFollows || endsInYear(line) && CAPTION_DATE_END.matcher(line).find() && !line.contains("\"");
    }

    /**
     * Every caption marker holds one of these words: looking for them first spares the regex, which tries its
     * alternatives at every position of every line, on the lines that cannot match (nearly all of them).
     */
    private static final List<String> CAPTION_MARKER_WORDS = List.of("in this ", " taken", " released", "REUTERS",
            "AP Photo", "Getty Images", "/AFP", "(Photo:", "Photo credit", "FILE PHOTO");

    private static boolean hasCaptionMarker(String line) {
        for (String word : CAPTION_MARKER_WORDS) {
            if (line.contains(word)) {
                return CAPTION_MARKER.matcher(line).find();
            }
        }
        return false;
    }

    /** What {@link #CAPTION_DATE_END} needs at the end of a line: a year, perhaps with a full stop after it. */
    private static boolean endsInYear(String line) {
        int end = line.endsWith(".") ? line.length() - 1 : line.length();
        return end >= 4 && Character.isDigit(line.charAt(end - 1));
    }

    /** Section names, tags and all-caps bylines left after the last paragraph; returns the byline if one was. */
    private static String dropTrailingTags(List<String> kept, String byline) {
        while (!kept.isEmpty()) {
            int last = kept.size() - 1;
            String[] lines = kept.get(last).split("\n");
            String tail = lines[lines.length - 1];
            if (words(tail) > MAX_TAG_WORDS || endsLikeSentence(tail)) {
                break;
            }
            if (byline == null && CAPS_NAME.matcher(tail).matches()) {
                byline = tail;
            }
            if (lines.length == 1) {
                kept.remove(last);
            } else {
                kept.set(last, String.join("\n", java.util.Arrays.copyOf(lines, lines.length - 1)));
            }
        }
        return byline;
    }

    private static boolean isStoryLine(String line) {
        return words(line) >= MIN_STORY_WORDS && endsLikeSentence(line);
    }

    private static boolean looksLikeHeadline(String paragraph) {
        return !paragraph.contains("\n") && words(paragraph) <= MAX_HEADLINE_WORDS && !endsLikeSentence(paragraph);
    }

    private static boolean endsLikeSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return ".!?\"”’'…:)".indexOf(c) >= 0;
    }

    private static int words(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }

    private static String fold(String paragraph) {
        return paragraph.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
