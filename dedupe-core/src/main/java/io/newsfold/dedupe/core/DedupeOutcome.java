package io.newsfold.dedupe.core;

import io.newsfold.dedupe.core.duplicate.NearDuplicate;
import io.newsfold.dedupe.core.family.SyndicationFamily;
import io.newsfold.dedupe.core.reuse.ReuseLink;
import io.newsfold.dedupe.core.story.StoryAssignment;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the three levels decided about one arriving article. {@code changedOthers} are the other articles
 * whose own decision it changed, each with its family now: those it was linked to (their reuse grew) and those
 * whose family, origin or role in it moved.
 */
public record DedupeOutcome(String articleId, List<NearDuplicate> nearDuplicates, List<ReuseLink> reuse,
                            Optional<SyndicationFamily> family,
                            Map<String, Optional<SyndicationFamily>> changedOthers, StoryAssignment story) {
}
