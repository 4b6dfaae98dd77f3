package io.newsfold.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ChromeStripperTest {

    private final ChromeStripper stripper = new ChromeStripper();

    @Test
    void dropsWidgetLabelsAndKeepsTheStory() {
        String page = String.join("\n\n", "Skip to main content", "Breaking News",
                "Ferries return to Lake Orrin",
                "Save Story\nEstimated read time: 2 minutes",
                "Ferries returned to Lake Orrin on Monday.", "Advertisement",
                "\"We are glad,\" a spokeswoman said.", "Related stories: Ice fishing season extended");

        var stripped = stripper.strip(page);

        assertEquals("Ferries returned to Lake Orrin on Monday.\n\n\"We are glad,\" a spokeswoman said.",
                stripped.text());
        assertEquals("Ferries return to Lake Orrin", stripped.headline());
    }

    @Test
    void dropsPhotoCaptionsWithTheirCredits() {
        String page = String.join("\n\n",
                "A ferry leaves Kestrel Bay in this picture taken on February 9, 2026.\nNorthwind Wire and Agencies",
                "Ferries returned on Monday after ten days.",
                "Reuters",
                "A worker clears ice from a pier in Kestrel Bay, Orrin February 8, 2026.",
                "The operator signed the contract on February 8, 2026.");

        assertEquals("Ferries returned on Monday after ten days.\n\n"
                + "The operator signed the contract on February 8, 2026.", stripper.strip(page).text());
    }

    @Test
    void endsTheStoryAtTheReportingCreditOrCopyright() {
        String story = "Ferries returned to Lake Orrin on Monday after ten days of ice.";
        String page = String.join("\n\n", story, "Ana Lund in Eastbridge contributed to this report.",
                "Copyright © Northwind Wire. All rights reserved.", "Most recent World stories",
                "Our journalists report the news in twelve languages across the region, every day of the year.");

        assertEquals(story + "\n\nAna Lund in Eastbridge contributed to this report.", stripper.strip(page).text());
        assertEquals(story, stripper.strip(story + "\n\nWith reporting by AP and Reuters\n\nFooter text.").text());
    }

    @Test
    void skipsALegalNoticeAboveTheStoryWithoutEndingIt() {
        String story = "Ferries returned to Lake Orrin on Monday after ten days of ice.";
        String page = "Ferries are back\n\nThis archived story is available only for your personal, non-commercial "
                + "use.\n\n" + story;

        assertEquals(story, stripper.strip(page).text());
    }

    @Test
    void keepsARepeatedParagraphOnceAndDropsTrailingTags() {
        String page = String.join("\n\n", "The crossing reopened.", "The crossing reopened.", "Ships queued.",
                "World", "Route 6");

        assertEquals("The crossing reopened.\n\nShips queued.", stripper.strip(page).text());
    }

    @Test
    void takesABylineFromAByLineOrATrailingCapitalisedName() {
        var top = stripper.strip("By Ana Lund\n\nThe crossing reopened.\n\nShips queued.");
        assertEquals("Ana Lund", top.byline());
        assertEquals("The crossing reopened.\n\nShips queued.", top.text());

        assertEquals("ANA LUND", stripper.strip("The crossing reopened.\n\nANA LUND").byline());
        assertNull(stripper.strip("The crossing reopened.").byline());
    }

    @Test
    void keepsAShortSubheadingInsideTheStory() {
        String page = "The crossing reopened.\n\nA long winter\n\nShips queued for hours.";

        assertEquals(page, stripper.strip(page).text());
    }
}
