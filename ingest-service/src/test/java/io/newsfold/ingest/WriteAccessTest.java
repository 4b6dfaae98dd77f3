package io.newsfold.ingest;

import static io.newsfold.ingest.TestKeys.writer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsfold.contracts.ApiKeys;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class WriteAccessTest {

    private static String article(String id) {
        return "{\"id\":\"" + id + "\",\"source\":\"Example Wire\",\"text\":\"The harbour reopened on Monday.\"}";
    }

    @Test
    void refusesAWriteWithoutAKeyAndStoresNothing() throws Exception {
        long before = StoredVersions.count();
        String id = "t-" + UUID.randomUUID();

        given().contentType("application/json").body(article(id)).post("/v1/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .body("reason", equalTo("missing-api-key"))
                .header("WWW-Authenticate", startsWith("ApiKey"));
        given().contentType("application/x-ndjson").body((article(id) + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/v1/articles")
                .then().statusCode(401).body("reason", equalTo("missing-api-key"));

        assertEquals(before, StoredVersions.count(), "a refused write must leave nothing stored");
    }

    @Test
    void refusesAWrongKey() throws Exception {
        long before = StoredVersions.count();

        given().header(ApiKeys.HEADER, "not-" + TestKeys.WRITER).contentType("application/json")
                .body(article("t-" + UUID.randomUUID())).post("/v1/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .body("reason", equalTo("invalid-api-key"))
                .header("WWW-Authenticate", startsWith("ApiKey"));

        assertEquals(before, StoredVersions.count());
    }

    @Test
    void neverLogsAKey() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (logged) {
                    logged.add(r.getMessage() + " " + Arrays.toString(r.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String wrong = "wrong-key-" + UUID.randomUUID();
        try {
            writer().contentType("application/json").body(article("t-" + UUID.randomUUID())).post("/v1/articles")
                    .then().statusCode(202);
            given().header(ApiKeys.HEADER, wrong).contentType("application/json").body("{}").post("/v1/articles")
                    .then().statusCode(401);
        } finally {
            root.removeHandler(capture);
        }
        synchronized (logged) {
            assertFalse(logged.stream().anyMatch(m -> m.contains(TestKeys.WRITER) || m.contains(wrong)),
                    "a key was logged: " + logged);
        }
    }

    @Test
    void givesNoCrossOriginAccessToAnUnlistedOrigin() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "X-API-Key, Content-Type")
                .options("/v1/articles")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
