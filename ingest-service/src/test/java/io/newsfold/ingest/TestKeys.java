package io.newsfold.ingest;

import io.newsfold.contracts.ApiKeys;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The write key of the test profile (src/test/resources/test-api-keys) and requests that carry it. */
public final class TestKeys {

    public static final String WRITER = "test-writer-key-6f1c2a";

    private TestKeys() {
    }

    /** A request that writes with the test key. */
    public static RequestSpecification writer() {
        return RestAssured.given().header(ApiKeys.HEADER, WRITER);
    }
}
