package io.hikeshi.slack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.incident.IncidentConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without Slack or sign-in settings the app still starts, says what is missing, serves health and metrics, and keeps
 * incidents private.
 */
@QuarkusTest
@TestProfile(UnconfiguredSlackTest.NoSlack.class)
class UnconfiguredSlackTest {

    /** No Slack or LLM variables at all. */
    public static class NoSlack implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hikeshi.slack.bot-token", "", "hikeshi.slack.signing-secret", "",
                    "hikeshi.incident.announce-channel", "", "quarkus.oidc.auth-server-url", "",
                    "quarkus.oidc.tenant-enabled", "false");
        }
    }

    @Inject
    SlackConfig slack;

    @Inject
    IncidentConfig incidents;

    @Test
    void slackRequestsAreRefusedWithAnExplanation() {
        given().contentType("application/x-www-form-urlencoded").body("command=/incident&text=help")
                .post("/slack/events").then().statusCode(503)
                .body(containsString("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void withoutSignInTheWebUiKeepsIncidentsPrivateAndSaysWhy() {
        given().redirects().follow(false).get("/incidents").then().statusCode(403)
                .body(containsString("Sign-in is not configured"), containsString("QUARKUS_OIDC_AUTH_SERVER_URL"));
        given().get("/api/incidents").then().statusCode(403)
                .body("error", equalTo("Sign-in is not configured"));
    }

    @Test
    void theStartupReportNamesWhatIsMissing() {
        assertThat(SlackStartupReport.lines(slack, incidents, false))
                .anySatisfy(line -> assertThat(line).startsWith("Slack is not configured: SLACK_BOT_TOKEN and "
                        + "SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode) not set."))
                .anySatisfy(line -> assertThat(line).contains("HIKESHI_ANNOUNCE_CHANNEL is not set"))
                .anySatisfy(line -> assertThat(line).contains("LLM features are off"))
                .noneSatisfy(line -> assertThat(line).contains("xoxb"));
    }
}
