package io.newsfold.dedupe.core.family;

/**
 * A member and why it is one: {@code closestMemberId} is the member it shares most text with (null for a lone
 * origin), {@code shareFoundInClosest} the share of its tokens found there.
 */
public record FamilyMember(String articleId, MemberRole role, String closestMemberId, double shareFoundInClosest) {
}
