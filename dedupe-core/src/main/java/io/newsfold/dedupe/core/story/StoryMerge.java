package io.newsfold.dedupe.core.story;

/**
 * Two stories became one: readers following {@code absorbedStoryId} should now follow {@code absorbingStoryId}.
 * {@code reason} is "bridging article" (the article is close to both) or "syndication family" (its family already
 * had members in both).
 */
public record StoryMerge(String absorbingStoryId, String absorbedStoryId, String triggeringArticleId,
                         String reason) {
}
