package io.hikeshi.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The metrics page counts incidents and time to resolve by service and by cause over the chosen period and groups
 * repeat incidents with their action items; /q/metrics carries bounded service and cause tags. Drills stay out.
 */
@QuarkusTest
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class InsightsTest extends SlackFlowTest {

    @Inject
    InsightsMetrics metrics;

    @Test
    void servicesCausesAndRepeatsOverThePeriod() {
        declareAndWait("Checkout 500s after deploy --sev 2 --service checkout-api");
        inIncidentChannel("label cause deploy").statusCode(200);
        inIncidentChannel("action Add a canary stage").statusCode(200);
        inIncidentChannel("resolve").statusCode(200);
        declareIn("CINC0002", "Checkout 500s again --sev 1 --service checkout-api, payments");
        in("CINC0002", "label cause deploy");
        declareIn("CINC0003", "Login slow --sev 3 --service auth");
        declareIn("CINC0004", "Checkout 500s after deploy --drill --service checkout-api");

        given().get("/metrics?period=30d").then().statusCode(200)
                .body(containsString("<option value=\"30d\" selected>Last 30 days</option>"),
                        containsString("3 incidents declared in last 30 days"),
                        containsString("<tr><td>checkout-api</td><td>2</td><td>1</td>"),
                        containsString("<tr><td>auth</td><td>1</td><td>0</td><td>—</td>"),
                        containsString("<tr><td>payments</td><td>1</td>"),
                        containsString("<tr><td>deploy</td><td>2</td><td>1</td>"),
                        containsString("<tr><td>unlabelled</td><td>1</td>"),
                        containsString("<strong>2 incidents</strong> — cause deploy, service checkout-api"),
                        containsString("action items done: 0 of 1</p>"),
                        not(containsString("DRILL-")));
        given().get("/metrics?period=bogus").then().statusCode(200)
                .body(containsString("<option value=\"90d\" selected>Last 90 days</option>"));

        metrics.refresh();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hikeshi_incidents_labelled{cause=\"deploy\",service=\"checkout-api\"} 2.0"),
                        containsString("hikeshi_incidents_labelled{cause=\"unlabelled\",service=\"auth\"} 1.0"),
                        containsString("hikeshi_incidents_labelled_time_to_resolve_mean_seconds{cause=\"deploy\","
                                + "service=\"checkout-api\"}"));
    }

    @Test
    void incidentsTheLibraryFindsSimilarAreRepeatsWithoutLabels() {
        declareAndWait("Payment card processor timeouts on checkout --sev 2");
        inIncidentChannel("resolve").statusCode(200);
        declareIn("CINC0002", "Payment card processor timeouts --sev 2");
        declareIn("CINC0003", "Search index rebuild slow --sev 3");

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/metrics?period=30d")
                .then().statusCode(200)
                .body(containsString("<strong>2 incidents</strong> — "), containsString("processor"),
                        not(containsString("Search index rebuild slow</a>"))));
    }

    @Test
    void serviceTagsAreBoundedToTheTopServicesAndOther() {
        declareAndWait("One --sev 3 --service a1,a2,a3,a4,a5,a6,a7,a8,a9,a10");
        declareIn("CINC0002", "Two --sev 3 --service a11, a1");

        metrics.refresh();
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        long series = body.lines().filter(l -> l.startsWith("hikeshi_incidents_labelled{")).count();
        assertThat(series).isEqualTo(11);
        assertThat(body).contains("hikeshi_incidents_labelled{cause=\"unlabelled\",service=\"a1\"} 2.0")
                .contains("hikeshi_incidents_labelled{cause=\"unlabelled\",service=\"other\"} 1.0");
    }


    private static ValidatableResponse in(String channel, String text) {
        return SlackRequests.postForm(SlackRequests.slashCommand(text)
                .replace("channel_id=" + SlackRequests.ORIGIN_CHANNEL, "channel_id=" + channel)).statusCode(200);
    }
}
