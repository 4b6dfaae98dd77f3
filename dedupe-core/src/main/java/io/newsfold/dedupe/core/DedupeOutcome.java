package io.newsfold.dedupe.core;

import io.newsfold.dedupe.core.duplicate.NearDuplicate;
import io.newsfold.dedupe.core.family.SyndicationFamily;
import io.newsfold.dedupe.core.reuse.ReuseLink;
import io.newsfold.dedupe.core.story.StoryAssignment;
import java.util.List;
import java.util.Optional;

/** Everything the three levels decided about one arriving article. */
public record DedupeOutcome(String articleId, List<NearDuplicate> nearDuplicates, List<ReuseLink> reuse,
                            Optional<SyndicationFamily> family, StoryAssignment story) {
}
