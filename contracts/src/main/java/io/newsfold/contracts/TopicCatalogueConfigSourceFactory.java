package io.newsfold.contracts;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Creates the {@link TopicCatalogueConfigSource} for the channels this service gave a connector. Binding only those
 * matters: SmallRye treats any configured channel as one to open.
 */
public class TopicCatalogueConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Set<String> incoming = new HashSet<>();
        Set<String> outgoing = new HashSet<>();
        for (Topic topic : Topics.all()) {
            if (hasConnector(context, "mp.messaging.incoming." + topic.channel())) {
                incoming.add(topic.channel());
            }
            if (hasConnector(context, "mp.messaging.outgoing." + topic.channel())) {
                outgoing.add(topic.channel());
            }
        }
        return List.of(new TopicCatalogueConfigSource(incoming, outgoing));
    }

    private static boolean hasConnector(ConfigSourceContext context, String channelPrefix) {
        ConfigValue value = context.getValue(channelPrefix + ".connector");
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }
}
