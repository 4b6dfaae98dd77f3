package io.newsfold.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The default: reads open to anyone, but no cross-origin access for a page the operator did not list. */
@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class ReadAccessTest {

    @Test
    void readsNeedNoKeyByDefault() {
        given().get("/v1/stories").then().statusCode(200);
        given().queryParam("prefix", "ab").get("/v1/entities").then().statusCode(200);
    }

    @Test
    void givesNoCrossOriginAccessToAnUnlistedOrigin() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/stories")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").get("/v1/stories")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
