package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The incident page shows people by name, machine times as times, and the labels with their state; its labels
 * form (CSRF-guarded) sets and confirms them, refusing bad values whole.
 */
@QuarkusTest
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class LabelPagesTest extends WebFlowTest {

    @Test
    void theIncidentPageShowsNamesReadableTimesAndLabels() {
        // Names are cached for the app's life, so this test's people have ids no other test uses.
        slack.knowsUser("ULABELSCRIBE", "Sam Scribe");
        slack.knowsUser(SlackRequests.DECLARER, "Dana Declarer");
        declareAndWait("Checkout down --sev 2 --service checkout-api");
        inIncidentChannel("started 2000-01-01T09:58:00Z").statusCode(200);
        inIncidentChannel("scribe <@ULABELSCRIBE>").statusCode(200);
        long n = number();

        given().get("/incidents/" + n).then().statusCode(200)
                .body(containsString("Impact began at 2000-01-01 09:58 UTC"), not(containsString("T09:58:00Z")),
                        containsString("Scribe</dt><dd>@Sam Scribe"), containsString("<td>@Sam Scribe</td>"),
                        containsString("Commander</dt><dd>@"), not(containsString("UDECLARER")),
                        not(containsString("ULABELSCRIBE")),
                        containsString("<span class=\"label-values\">checkout-api</span>"),
                        containsString("label-confirmed\">confirmed</span>"),
                        containsString("when declaring"));
        given().get("/api/incidents/" + n).then().statusCode(200)
                .body("labels.services.values[0]", equalTo("checkout-api"))
                .body("labels.services.state", equalTo("confirmed"))
                .body("labels.cause.state", equalTo(null));
    }

    @Test
    void theFormSetsLabelsAsTheSignedInPersonAndRefusesBadValuesWhole() {
        declareAndWait("Checkout down --sev 2 --service checkout-api");
        long n = number();
        String page = "/incidents/" + n;
        String token = csrfToken(page);

        postForm(page + "/labels", token, Map.of("csrf", token, "action", "save", "services", "checkout-api, db",
                "cause", "gremlins", "tags", "")).then().statusCode(400)
                .body(containsString("Nothing was saved: There is no cause &quot;gremlins&quot;"));
        postForm(page + "/labels", token, Map.of("csrf", token, "action", "save", "services", "<b>x</b>",
                "cause", "deploy", "tags", "")).then().statusCode(400)
                .body(containsString("Nothing was saved: Services: Names are letters and digits"),
                        not(containsString("<b>x</b>")));
        assertThat(db.count("incident_label")).isEqualTo(1);

        postForm(page + "/labels", token, Map.of("csrf", token, "action", "save", "services", "checkout-api, db",
                "cause", "deploy", "tags", "bad-rollout")).then().statusCode(303)
                .header("Location", containsString(page + "?labels=saved"));
        assertThat(rows()).containsExactly(
                List.of("service", "checkout-api", "CONFIRMED", "declare", SlackRequests.DECLARER),
                List.of("service", "checkout-api,db", "CONFIRMED", "person", "alice@example.com"),
                List.of("cause", "deploy", "CONFIRMED", "person", "alice@example.com"),
                List.of("tag", "bad-rollout", "CONFIRMED", "person", "alice@example.com"));
        given().get(page + "?labels=saved").then().statusCode(200)
                .body(allOf(containsString("Labels saved."), containsString("History of the labels (4 changes)"),
                        containsString("<option value=\"deploy\" selected>deploy</option>"),
                        containsString("value=\"checkout-api, db\""), containsString("Scribe</dt><dd>unassigned")));
    }

    @Test
    void labelsReachTheLibrarysSearchFilters() {
        declareAndWait("Checkout down --sev 2 --service checkout-api");
        long n = number();
        inIncidentChannel("label service billing").statusCode(200);
        inIncidentChannel("label cause config").statusCode(200);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/api/search?service=billing&label=config").then().statusCode(200)
                        .body("hits.reference", org.hamcrest.Matchers.hasItem("INC-" + n)));
        given().get("/api/search?service=checkout-api").then().statusCode(200)
                .body("hits.reference", not(org.hamcrest.Matchers.hasItem("INC-" + n)));
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        declareAndWait("Checkout down --sev 2");
        String page = "/incidents/" + number();
        String token = csrfToken(page);

        int status = postForm(page + "/labels", token, Map.of("csrf", "forged", "action", "save", "services", "db",
                "cause", "", "tags", "")).then().extract().statusCode();
        assertThat(status).isEqualTo(403);
        postForm(page + "/labels", null, Map.of("action", "confirm")).then().statusCode(403);
        assertThat(db.count("incident_label")).isZero();
        postForm("/incidents/999999/labels", token, Map.of("csrf", token, "action", "confirm")).then()
                .statusCode(404);
    }

    private long number() {
        return ((Number) db.value("select max(id) from incident")).longValue();
    }

    private List<List<Object>> rows() {
        return db.rows("select kind, label_values, state, origin, set_by from incident_label order by id").stream()
                .map(List::of).toList();
    }
}
