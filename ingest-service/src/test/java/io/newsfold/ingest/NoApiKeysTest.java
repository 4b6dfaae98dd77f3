package io.newsfold.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfold.contracts.ApiKeys;
import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Without a keys file nothing is let in: every write is refused, whatever key it carries. */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
@TestProfile(NoApiKeysTest.Profile.class)
class NoApiKeysTest {

    /** A profile of its own, so that the test profile's keys file (a %test setting) does not apply. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "no-keys";
        }
    }

    @Test
    void refusesEveryWriteWhenNoKeysAreConfigured() throws Exception {
        long before = StoredVersions.count();

        given().header(ApiKeys.HEADER, TestKeys.WRITER).contentType("application/json")
                .body("{\"source\":\"Example Wire\",\"text\":\"The harbour reopened on Monday.\"}")
                .post("/v1/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .body("reason", equalTo("no-api-keys"))
                .body("detail", containsString("no API keys are configured"));

        assertEquals(before, StoredVersions.count());
        given().get("/q/health/ready").then().statusCode(200);
    }
}
