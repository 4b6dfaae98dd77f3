package io.newsfold.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.newsfold.contracts.ApiKeys;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a read keys file the /v1 reads need a key from it; health and the reader page stay open. */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
@TestProfile(ReadKeysTest.Profile.class)
class ReadKeysTest {

    /** A fixed path: the profile and the test run in different class loaders, so a random name would differ. */
    static final Path KEYS = Path.of("target", "gateway-read-keys").toAbsolutePath();

    public static class Profile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.writeString(KEYS, "# readers\nreader:read-key-1\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("newsfold.gateway.read-keys-file", KEYS.toString());
        }
    }

    @Test
    void refusesReadsWithoutAValidKey() {
        given().get("/v1/stories").then().statusCode(401).contentType("application/problem+json")
                .body("reason", equalTo("missing-api-key")).header("WWW-Authenticate", startsWith("ApiKey"));
        given().header(ApiKeys.HEADER, "wrong").get("/v1/articles/some-id").then().statusCode(401)
                .body("reason", equalTo("invalid-api-key"));
        given().queryParam("prefix", "ab").get("/v1/entities").then().statusCode(401);
        given().get("/v1/stream").then().statusCode(401);
    }

    @Test
    void letsAReadWithAKeyThrough() {
        given().header(ApiKeys.HEADER, "read-key-1").get("/v1/stories").then().statusCode(200);
        given().header(ApiKeys.HEADER, "read-key-1").get("/v1/stories/no-such-story").then().statusCode(404);
    }

    @Test
    void keepsHealthAndTheReaderPageOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/").then().statusCode(200);
        given().get("/newsfold.js").then().statusCode(200);
    }

    @Test
    void takesARotatedKeyFileWithoutARestart() throws Exception {
        given().header(ApiKeys.HEADER, "read-key-1").get("/v1/stories").then().statusCode(200);

        Files.writeString(KEYS, "# rotated\nreader:read-key-2-new\n");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().header(ApiKeys.HEADER, "read-key-1").get("/v1/stories").then().statusCode(401));
        given().header(ApiKeys.HEADER, "read-key-2-new").get("/v1/stories").then().statusCode(200);
        Files.writeString(KEYS, "# readers\nreader:read-key-1\n");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().header(ApiKeys.HEADER, "read-key-1").get("/v1/stories").then().statusCode(200));
    }
}
