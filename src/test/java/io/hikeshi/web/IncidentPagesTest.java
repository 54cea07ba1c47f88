package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** The incidents list with filters and search, an incident's page, the metrics page and the JSON API. */
@QuarkusTest
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class IncidentPagesTest extends WebFlowTest {

    @Test
    void listFiltersSearchesAndEscapesSlackText() {
        long hostile = resolvedWithDraft("<script>alert(1)</script> *Checkout* <!here> --sev 1");
        inIncidentChannel("note [click](javascript:alert(2)) <@U0X|x>").statusCode(200);
        declareAndWaitAnother("Practice failover --drill --sev 2");

        given().get("/incidents").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; *Checkout* &lt;!here&gt;"),
                        not(containsString("<script>alert")), containsString("Practice failover"));
        given().get("/incidents?status=resolved").then().body(containsString("INC-" + hostile),
                not(containsString("Practice failover")));
        given().get("/incidents?drill=only").then().body(containsString("Practice failover"),
                not(containsString("INC-" + hostile + "<")));
        given().get("/incidents?severity=SEV2&drill=exclude").then().body(containsString("No incidents match"));
        given().get("/incidents?q=failover").then().body(containsString("Practice failover"),
                not(containsString("Checkout")));
        given().get("/incidents?q=INC-" + hostile).then().body(containsString("Checkout"));

        given().get("/incidents/" + hostile).then().statusCode(200)
                .body(containsString("[click](javascript:alert(2)) &lt;@U0X|x&gt;"), not(containsString("href=\"javascript")),
                        containsString("Open the postmortem"), containsString("Time to resolve"),
                        containsString("commander"));
        given().get("/incidents/999999").then().statusCode(404).body(containsString("There is no incident 999999."));
    }

    @Test
    void apiServesIncidentsTimelinesAndPostmortems() {
        long n = resolvedWithDraft("API check --sev 2");
        given().get("/api/incidents?status=resolved").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].reference", equalTo("INC-" + n))
                .body("[0].severity", equalTo("SEV2")).body("[0].timeToResolveSeconds", org.hamcrest.Matchers.notNullValue());
        given().get("/api/incidents/" + n).then().statusCode(200)
                .body("incident.title", equalTo("API check")).body("roles[0].role", equalTo("commander"))
                .body("postmortem.status", equalTo("draft")).body("postmortem.version", equalTo(1));
        given().get("/api/incidents/" + n + "/timeline").then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.hasItems("declared", "status"));
        given().get("/api/incidents/" + n + "/postmortem").then().statusCode(200)
                .body("markdown", containsString("# Postmortem: INC-" + n)).body("versions", hasSize(1));
        given().get("/api/incidents/999999").then().statusCode(404).body("message", containsString("no incident"));
    }

    @Test
    void metricsChartDurationsBySeverityWithoutDrills() {
        resolvedWithDraft("Real outage --sev 1");
        declareAndWaitAnother("Drill outage --drill --sev 1");
        SlackRequests.postForm(SlackRequests.slashCommand("resolve").replace("channel_id="
                + SlackRequests.ORIGIN_CHANNEL, "channel_id=CINC0002")).statusCode(200);
        org.assertj.core.api.Assertions.assertThat(db.count("incident where drill and status = 'RESOLVED'"))
                .isEqualTo(1);

        given().get("/metrics").then().statusCode(200)
                .body(containsString("<svg"), containsString("Mean time to resolve (MTTR) by severity"),
                        containsString("Incidents declared per week"),
                        containsString("<tr><td>SEV1</td><td>1</td>"));
    }

    /** Declares a second incident, whose channel is CINC0002. */
    private void declareAndWaitAnother(String arguments) {
        slack.answer("conversations.create", "{\"ok\":true,\"channel\":{\"id\":\"CINC0002\",\"name\":\"inc2\","
                + "\"is_channel\":true,\"creator\":\"UBOT\"}}");
        long before = db.count("incident");
        int pins = slack.calls("pins.add").size();
        SlackRequests.postForm(SlackRequests.slashCommand("declare " + arguments)).statusCode(200);
        org.awaitility.Awaitility.await().until(() -> db.count("incident") == before + 1
                && slack.calls("pins.add").size() == pins + 1);
    }
}
