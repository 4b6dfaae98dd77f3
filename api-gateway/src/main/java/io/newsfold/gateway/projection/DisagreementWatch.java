package io.newsfold.gateway.projection;

import io.newsfold.contracts.Periodic;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Looks for new disagreements in the stories that changed, a few times a second, rather than after every event:
 * one new copy re-assigns every member of its family, and assembling the story once per event made the projection
 * the costliest stage after NLP. A story that changes many times between two looks is assembled once. A look that
 * meets the database away keeps its stories for the next one.
 */
@ApplicationScoped
public class DisagreementWatch {

    private static final Logger LOG = Logger.getLogger(DisagreementWatch.class);
    private static final Duration EVERY = Duration.ofMillis(250);

    @Inject
    LiveFeed feed;

    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private Periodic timer;

    void onStart(@Observes StartupEvent event) {
        timer = Periodic.every(EVERY, "disagreement-watch", this::look);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.close();
        }
    }

    /** Called once a change to the story is committed. */
    public void storyChanged(String storyId) {
        if (storyId != null) {
            changed.add(storyId);
        }
    }

    private void look() {
        for (String storyId : List.copyOf(changed)) {
            changed.remove(storyId);
            try {
                feed.noticeDisagreements(storyId);
            } catch (RuntimeException e) {
                changed.add(storyId);
                LOG.warnf("cannot look at story %s's disagreements yet: %s", storyId, e.toString());
                return;
            }
        }
    }
}
