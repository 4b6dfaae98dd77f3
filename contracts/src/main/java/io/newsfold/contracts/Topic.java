package io.newsfold.contracts;

/**
 * One Kafka topic of the catalogue: its name, the messaging channel services bind it to, what its records are keyed
 * by and why, and the event type its values carry. Services refer to topics through {@link Topics} (and to channels
 * by {@link #channel()}) so that a topic name is never a stray string.
 */
public record Topic(String name, String channel, String key, String whyThisKey, Class<?> valueType, int partitions,
        String deadLetter) {

    public Topic {
        if (name == null || name.isBlank() || channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name and a channel");
        }
    }

    public boolean hasDeadLetter() {
        return deadLetter != null;
    }
}
