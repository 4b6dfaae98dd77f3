package io.newsfold.ingest.cleaning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the news agencies an article credits ("MOSCOW (AP) —", "With reporting by AP and Reuters", a lone
 * "Reuters" credit line, "TRT World and Agencies", "via REUTERS" on a photo). Dedupe uses them to tell originals
 * from copies, so names are normalised: "Associated Press" and "AP" are one agency.
 */
public final class WireCredits {

    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("reuters", "Reuters"),
            Map.entry("ap", "AP"),
            Map.entry("associated press", "AP"),
            Map.entry("the associated press", "AP"),
            Map.entry("afp", "AFP"),
            Map.entry("agence france-presse", "AFP"),
            Map.entry("agence france presse", "AFP"),
            Map.entry("tass", "TASS"),
            Map.entry("ria", "RIA Novosti"),
            Map.entry("ria novosti", "RIA Novosti"),
            Map.entry("xinhua", "Xinhua"),
            Map.entry("anadolu", "Anadolu"),
            Map.entry("anadolu agency", "Anadolu"),
            Map.entry("dpa", "dpa"),
            Map.entry("efe", "EFE"),
            Map.entry("ansa", "ANSA"),
            Map.entry("kyodo", "Kyodo"),
            Map.entry("upi", "UPI"),
            Map.entry("pa", "PA Media"),
            Map.entry("pa media", "PA Media"),
            Map.entry("bloomberg", "Bloomberg"),
            Map.entry("agencies", "Agencies"));

    private static final String AGENCY_NAME = "(?:Reuters|REUTERS|AP|Associated Press|The Associated Press|AFP|"
            + "Agence France[- ]Presse|TASS|RIA(?: Novosti)?|Xinhua|Anadolu(?: Agency)?|dpa|EFE|ANSA|Kyodo|UPI|"
            + "PA Media|Bloomberg|Agencies|agencies)";

    /** "(AP)", "(Reuters)" as in datelines. */
    private static final Pattern PARENTHESISED = Pattern.compile("\\((" + AGENCY_NAME + ")\\)");

    /** "With (additional) reporting by AP and Reuters". */
    private static final Pattern REPORTING_BY = Pattern.compile(
            "(?i)\\bwith (?:additional )?reporting (?:by|from) ([^.\\n]{1,120})");

    /** A line that is only a credit: "Reuters", "TRT World and Agencies". */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:([A-Z][\\w.&'-]*(?: [A-Z][\\w.&'-]*){0,3}) and )?(" + AGENCY_NAME + ")$");

    /** Photo credits ("via REUTERS", "REUTERS/Name") and copyright lines naming an agency. */
    private static final Pattern PHOTO_OR_COPYRIGHT = Pattern.compile(
            "(?:via (REUTERS|Reuters|AP|AFP)\\b|\\b(REUTERS|AFP)/|\\(AP Photo|Copyright ©? ?(?:\\d{4} )?(The Associated "
                    + "Press|Reuters|AFP))");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

    private WireCredits() {
    }

    public static List<String> find(String text) {
        Set<String> credits = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            Matcher creditLine = CREDIT_LINE.matcher(trimmed);
            if (creditLine.matches()) {
                if (creditLine.group(1) != null) {
                    credits.add(creditLine.group(1));
                }
                add(credits, creditLine.group(2));
                continue;
            }
            Matcher reporting = REPORTING_BY.matcher(trimmed);
            while (reporting.find()) {
                for (String name : LIST_SEPARATOR.split(reporting.group(1))) {
                    add(credits, name);
                }
            }
            Matcher parenthesised = PARENTHESISED.matcher(trimmed);
            while (parenthesised.find()) {
                add(credits, parenthesised.group(1));
            }
            Matcher photo = PHOTO_OR_COPYRIGHT.matcher(trimmed);
            while (photo.find()) {
                for (int g = 1; g <= photo.groupCount(); g++) {
                    if (photo.group(g) != null) {
                        add(credits, photo.group(g));
                    }
                }
            }
        }
        return List.copyOf(credits);
    }

    /** Adds a name if it is a known agency, in its normal form; reporters' names are not credits. */
    private static void add(Set<String> credits, String name) {
        String normal = AGENCIES.get(name.strip().toLowerCase(Locale.ROOT));
        if (normal != null) {
            credits.add(normal);
        }
    }
}
