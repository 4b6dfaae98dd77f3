package io.newsfold.dedupe.core.family;

import java.util.List;
import java.util.Optional;

/**
 * Articles connected by substantial text reuse. {@code originWire} is the agency the family is most likely wire
 * copy of (null when no member credits one); {@code originReason} says which signal decided the origin.
 */
public record SyndicationFamily(String familyId, String originArticleId, String originWire, String originReason,
                                List<FamilyMember> members) {

    public Optional<FamilyMember> member(String articleId) {
        return members.stream().filter(m -> m.articleId().equals(articleId)).findFirst();
    }

    public boolean contains(String articleId) {
        return member(articleId).isPresent();
    }
}
