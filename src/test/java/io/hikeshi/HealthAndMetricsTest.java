package io.hikeshi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readyAndLive() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsIncludeTheOutbox() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hikeshi_outbox_backlog"))
                .body(containsString("hikeshi_outbox_failed"));
    }
}
