package io.newsfold.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.contracts.ApiKeys;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keys from a file the test rewrites, a small rate limit and one allowed cross-origin page. */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
@TestProfile(KeyRotationAndRateLimitTest.Profile.class)
class KeyRotationAndRateLimitTest {

    /** A fixed path: the profile and the test run in different class loaders, so a random name would differ. */
    static final Path KEYS = Path.of("target", "rotation-test-keys").toAbsolutePath();
    static final String ALLOWED_ORIGIN = "https://desk.example";

    public static class Profile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.writeString(KEYS, "rotating:old-key-1\nlimited:limited-key-1\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "newsfold.ingest.api-keys-file", KEYS.toString(),
                    "newsfold.ingest.rate-limit.per-second", "5",
                    "newsfold.ingest.rate-limit.burst", "5",
                    "quarkus.http.cors.origins", ALLOWED_ORIGIN);
        }
    }

    private static Response post(String key, String body) {
        return given().header(ApiKeys.HEADER, key).contentType("application/json").body(body).post("/v1/articles");
    }

    private static String article() {
        String id = "t-" + UUID.randomUUID();
        return "{\"id\":\"" + id + "\",\"source\":\"Example Wire\",\"text\":\"Keys were rotated on Monday.\"}";
    }

    @Test
    void takesARotatedKeyFileWithoutARestart() throws Exception {
        post("old-key-1", article()).then().statusCode(202);

        Files.writeString(KEYS, "# rotated\nrotating:new-key-2\nlimited:limited-key-1\n");

        // "{}" is refused as missing-field (400) once admitted, so polling stores nothing.
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status;
        do {
            Thread.sleep(300);
            status = post("old-key-1", "{}").statusCode();
        } while (status != 401 && System.nanoTime() < deadline);
        assertEquals(401, status, "the old key must be refused once the file changed");
        post("new-key-2", article()).then().statusCode(202);
    }

    @Test
    void answersTooManyRequestsWithRetryAfterOnceTheBurstIsSpent() {
        Response limited = null;
        for (int i = 0; i < 30 && limited == null; i++) {
            Response r = post("limited-key-1", "{}");
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(400, r.statusCode(), "admitted, then refused as missing-field");
            }
        }
        assertTrue(limited != null, "30 requests at once must exceed 5/s with a burst of 5");
        limited.then().contentType("application/problem+json").body("reason", equalTo("rate-limited"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
    }

    @Test
    void allowsCrossOriginAccessOnlyToTheListedOrigin() {
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .options("/v1/articles")
                .then().header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/v1/articles")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
