package io.newsfold.infra.testing;

import io.newsfold.infra.TestInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real Kafka broker and PostgreSQL server of {@link TestInfra}. The servers
 * outlive the test class so that the next class in the same JVM does not pay for another start.
 */
public class NewsfoldInfraResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestInfra.get().quarkusConfig();
    }

    @Override
    public void stop() {
        // Shared with the other test classes of this JVM; TestInfra stops it at exit.
    }
}
