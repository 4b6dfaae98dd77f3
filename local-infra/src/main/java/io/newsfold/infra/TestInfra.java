package io.newsfold.infra;

import java.nio.file.Path;

/**
 * The one set of servers a test JVM shares across its test classes: started on first use, stopped when the JVM
 * exits. System property {@code newsfold.infra} chooses {@code embedded} (default) or {@code containers}.
 */
public final class TestInfra {

    private static Infra shared;

    private TestInfra() {
    }

    public static synchronized Infra get() {
        if (shared == null) {
            String mode = System.getProperty("newsfold.infra", "embedded");
            Infra infra = switch (mode) {
                case "embedded" -> EmbeddedInfra.throwaway(
                        Path.of(System.getProperty("java.io.tmpdir"), "newsfold-test"));
                case "containers" -> ContainerInfra.start();
                default -> throw new IllegalArgumentException(
                        "newsfold.infra must be embedded or containers, not " + mode);
            };
            Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "newsfold-test-infra-stop"));
            shared = infra;
        }
        return shared;
    }
}
