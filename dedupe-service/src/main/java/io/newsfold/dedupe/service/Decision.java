package io.newsfold.dedupe.service;

import io.newsfold.contracts.StoryAssigned;
import io.newsfold.contracts.StoryMerged;
import java.util.List;

/** What one article changed: merges first, then the (re-)assignments of every article whose view changed. */
public record Decision(List<StoryMerged> merges, List<StoryAssigned> assignments) {
}
