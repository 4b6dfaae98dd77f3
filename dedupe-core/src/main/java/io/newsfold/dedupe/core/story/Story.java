package io.newsfold.dedupe.core.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A story being built: its members, its text and entity centroids (kept for centroid linkage) or its latest
 * members' vectors (for nearest-member linkage), and the span of its members' dates.
 */
final class Story {
    final String id;
    final int number;
    /**
     * The members still held, in the order they joined. A member goes once its syndication family can no longer
     * change (see {@link StoryClusterer#forget}); the count keeps them all, since merges weigh stories by it.
     */
    final Set<String> members = new LinkedHashSet<>();
    int memberCount;
    final WeightedCentroid text = new WeightedCentroid();
    final WeightedCentroid entities = new WeightedCentroid();
    /**
     * Vectors of the latest {@value #NEAREST_MEMBERS} members, kept only when the clusterer links to nearest
     * members: a running story of thousands of articles is compared with where it is now, at a bounded cost.
     */
    final List<MemberVector[]> memberVectors = new ArrayList<>();
    static final int NEAREST_MEMBERS = 16;
    Instant earliest;
    Instant latest;
    /** When its latest member arrived: it retires by this, since retiring is about memory. */
    Instant lastArrival;

    Story(String id, int number) {
        this.id = id;
        this.number = number;
    }

    void addTime(Instant t) {
        if (t == null) {
            return;
        }
        earliest = earliest == null || t.isBefore(earliest) ? t : earliest;
        latest = latest == null || t.isAfter(latest) ? t : latest;
    }

    void addArrival(Instant t) {
        if (t != null && (lastArrival == null || t.isAfter(lastArrival))) {
            lastArrival = t;
        }
    }

    void addMember(String articleId) {
        members.add(articleId);
        memberCount++;
    }

    /** Out of every window: only its members are kept (families can still reach it), not its vectors. */
    void retire() {
        memberVectors.clear();
        text.clear();
        entities.clear();
    }

    void addMemberVectors(MemberVector text, MemberVector entities) {
        memberVectors.add(new MemberVector[] {text, entities});
        trimMemberVectors();
    }

    private void trimMemberVectors() {
        if (memberVectors.size() > NEAREST_MEMBERS) {
            memberVectors.subList(0, memberVectors.size() - NEAREST_MEMBERS).clear();
        }
    }

    void absorb(Story other) {
        members.addAll(other.members);
        memberCount += other.memberCount;
        memberVectors.addAll(other.memberVectors);
        trimMemberVectors();
        text.addAll(other.text);
        entities.addAll(other.entities);
        addTime(other.earliest);
        addTime(other.latest);
        addArrival(other.lastArrival);
    }
}
