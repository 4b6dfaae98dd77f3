package io.newsfold.dedupe.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.dedupe.core.fixtures.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final Instant T0 = Instant.parse("2031-03-01T08:00:00Z");
    private static final StoryClusteringParams PARAMS =
            new StoryClusteringParams(0.2, 0.3, 0.5, Duration.ofDays(3));

    private static StoryDoc doc(String id, String text, Instant at) {
        return new StoryDoc(id, text, CapitalisedWordKeys.of(text), at);
    }

    @Test
    void putsIndependentReportsOfOneEventTogetherAndUnrelatedStoriesApart() {
        StoryClusterer c = new StoryClusterer(PARAMS);
        c.add(doc("wire", Fixtures.wire(), T0));
        c.add(doc("chess", Fixtures.CHESS_STORY, T0));
        c.add(doc("marisca", Fixtures.OTHER_FLOOD_STORY, T0));
        StoryAssignment independent = c.add(doc("independent", Fixtures.independentReportOfDam(), T0));
        assertEquals(c.storyOf("wire").orElseThrow(), independent.storyId());
        assertNotEquals(c.storyOf("wire"), c.storyOf("chess"));
        assertNotEquals(c.storyOf("wire"), c.storyOf("marisca"));
        assertEquals(3, c.stories().size());
    }

    @Test
    void keepsSyndicationFamilyMembersInOneStoryWhateverTheirText() {
        StoryClusterer c = new StoryClusterer(PARAMS);
        c.add(doc("wire", Fixtures.wire(), T0));
        // A one-line teaser shares too few words to be placed by text, but its family says where it belongs.
        StoryAssignment teaser = c.add(doc("teaser", "Read our live coverage below.", T0), List.of("wire"));
        assertEquals(c.storyOf("wire").orElseThrow(), teaser.storyId());
        assertEquals(1.0, teaser.score());
    }

    @Test
    void mergesTwoStoriesWhenALaterArticleBridgesThemAndReportsWhichAbsorbedWhich() {
        String dam = String.join(" ", Fixtures.DAM_STORY.subList(0, 3));
        String power = "Blackouts hit Tessar plain factories\n\n"
                + "Rolling blackouts hit steelworks and paper mills across the Tessar plain, where grid operator "
                + "Netvar asked plants to halt night shifts and warned households to expect cuts of up to four "
                + "hours a day. Netvar blamed the loss of its largest supplier and said imports from the "
                + "neighbouring grid could cover only part of the shortfall.";
        String bridge = Fixtures.DAM_STORY.get(0) + " " + Fixtures.DAM_STORY.get(1) + "\n\n"
                + "Because the dam's turbines stopped, rolling blackouts hit steelworks and paper mills across "
                + "the Tessar plain; grid operator Netvar asked plants to halt night shifts and warned households "
                + "to expect cuts of up to four hours a day.";
        StoryClusterer c = new StoryClusterer(new StoryClusteringParams(0.35, 0.35, 0.5, Duration.ofDays(3)));
        c.add(doc("dam-1", dam, T0));
        c.add(doc("dam-2", Fixtures.independentReportOfDam(), T0));
        c.add(doc("power", power, T0.plusSeconds(60)));
        assertEquals(c.storyOf("dam-1"), c.storyOf("dam-2"));
        assertNotEquals(c.storyOf("dam-1"), c.storyOf("power"), "before the bridge: two stories");
        String damStory = c.storyOf("dam-1").orElseThrow();
        String powerStory = c.storyOf("power").orElseThrow();

        StoryAssignment bridging = c.add(doc("bridge", bridge, T0.plusSeconds(120)));
        assertEquals(List.of(new StoryMerge(damStory, powerStory, "bridge", "bridging article")),
                bridging.merges());
        assertEquals(damStory, c.storyOf("power").orElseThrow());
        assertEquals(damStory, c.resolve(powerStory));
        assertEquals(List.of("dam-1", "dam-2", "power", "bridge"), c.stories().get(damStory));
    }

    @Test
    void doesNotJoinAStoryWhoseMembersAreOutsideTheTimeWindow() {
        StoryClusterer c = new StoryClusterer(PARAMS);
        c.add(doc("wire", Fixtures.wire(), T0));
        StoryAssignment monthLater = c.add(doc("again", Fixtures.independentReportOfDam(),
                T0.plus(Duration.ofDays(30))));
        assertTrue(monthLater.newStory());
        StoryAssignment undated = c.add(doc("undated", Fixtures.reorderedEditedReprint(), null));
        assertEquals(c.storyOf("wire").orElseThrow(), undated.storyId());
    }

    @Test
    void retiresStoriesOutsideTheWindowSoTheIndexStaysFlatButFamiliesStillReachThem() {
        StoryClusterer c = new StoryClusterer(PARAMS);
        c.add(doc("wire", Fixtures.wire(), T0));
        long[] sizes = new long[4];
        for (int i = 0; i < 4000; i++) {
            // One article an hour, each about its own invented place and people: 160 days in all.
            String text = "Flooding in " + name(i, "vel") + " closed the road to " + name(i, "mar") + ", said "
                    + name(i, "kor") + " " + name(i, "dun") + ", and the " + name(i, "sel") + " levee of "
                    + name(i, "tor") + " could fail near " + name(i, "bre") + ".";
            c.add(doc("a" + i, text, T0.plus(Duration.ofHours(i + 1))));
            if (i % 1000 == 999) {
                sizes[i / 1000] = c.indexSize();
            }
        }
        assertTrue(c.stories().size() > 3000, "unrelated articles stay apart: " + c.stories().size());
        // A window of 3 days is 72 articles: the index holds a few windows' worth however long the run.
        assertTrue(sizes[3] <= sizes[1] * 1.2, "index grew from " + sizes[1] + " to " + sizes[3]);
        assertTrue(sizes[3] < 4000 * 5, "index holds " + sizes[3] + " postings");
        StoryAssignment lateReprint = c.add(doc("late-reprint", "Read more.", T0.plus(Duration.ofDays(170))),
                List.of("wire"));
        assertEquals(c.storyOf("wire").orElseThrow(), lateReprint.storyId());
    }

    @Test
    void findsAnArticlesStoryAmongThousandsOfLiveStoriesSharingItsCommonNames() {
        StoryClusterer c = new StoryClusterer(PARAMS);
        int stories = StoryClusterer.POSTINGS_WALKED + 500;
        for (int i = 0; i < stories; i++) {
            // Every story names Monday and Geneva, as a week of world news names its weekdays and capitals.
            c.add(doc("a" + i, "On Monday in Geneva, " + name(i, "kor") + " " + name(i, "dun") + " said the "
                    + name(i, "sel") + " talks on " + name(i, "tor") + " would resume near " + name(i, "bre") + ".",
                    T0.plus(Duration.ofMinutes(i))));
        }
        int target = stories / 2;
        StoryAssignment follow = c.add(doc("follow", "In Geneva on Monday " + name(target, "kor") + " "
                + name(target, "dun") + " confirmed the " + name(target, "sel") + " talks on " + name(target, "tor")
                + " had resumed near " + name(target, "bre") + ".", T0.plus(Duration.ofMinutes(stories))));
        assertEquals(c.storyOf("a" + target).orElseThrow(), follow.storyId());
        assertEquals(stories, c.stories().size(), "the common names alone merge nothing");
    }

    /** An invented capitalised word unique to {@code i}: its digits spelt as letters after a prefix. */
    private static String name(int i, String prefix) {
        StringBuilder w = new StringBuilder(prefix);
        for (char d : String.valueOf(i).toCharArray()) {
            w.append((char) ('a' + d - '0'));
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + "on";
    }
}
