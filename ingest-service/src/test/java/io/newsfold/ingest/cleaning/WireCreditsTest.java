package io.newsfold.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireCreditsTest {

    @Test
    void findsTheAgencyInADateline() {
        assertEquals(List.of("AP"), WireCredits.find("KESTREL BAY (AP) — Ferries returned on Monday."));
    }

    @Test
    void findsEveryAgencyOfAReportingCredit() {
        assertEquals(List.of("AP", "Reuters"), WireCredits.find("Text.\n\nWith reporting by AP and Reuters"));
    }

    @Test
    void findsCreditLinesAndPhotoCredits() {
        assertEquals(List.of("Lakeside Today", "Agencies", "Reuters"),
                WireCredits.find("Lakeside Today and Agencies\n\nA pier in this picture. Name/Handout via REUTERS"));
    }

    @Test
    void normalisesAgencyNamesAndIgnoresReporters() {
        assertEquals(List.of("AP"), WireCredits.find("Copyright © The Associated Press. All rights reserved.\n\n"
                + "With reporting by Ana Lund"));
    }
}
