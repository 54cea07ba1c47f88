package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.TestOidcProvider;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign in with Slack admits members of the workspace the bot is installed in (the fake Slack's auth.test says T1),
 * with no list of domains or groups configured, and nobody from another workspace.
 */
@QuarkusTest
@TestProfile(SlackSignInTest.SignInWithSlack.class)
class SlackSignInTest extends SlackFlowTest {

    /** The test provider under the issuer https://slack.com (src/test/resources/mappings/oidc-slack-*.json). */
    public static class SignInWithSlack implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url",
                    "http://localhost:${quarkus.wiremock.devservices.port}/slack-oidc",
                    "hikeshi.web.allowed-email-domains", "");
        }
    }

    @Test
    void membersOfTheBotsWorkspaceMaySignIn() {
        declareAndWait("Workspace only --sev 2");
        given().header("Authorization", "Bearer " + token(Map.of("sub", "U0ALICE",
                        "https://slack.com/team_id", "T1"))).get("/api/incidents").then().statusCode(200)
                .body("[0].title", equalTo("Workspace only"));
    }

    @Test
    void membersOfOtherWorkspacesGetNoData() {
        declareAndWait("Workspace only --sev 2");
        for (Map<String, Object> claims : java.util.List.<Map<String, Object>>of(
                Map.of("sub", "U0EVE", "https://slack.com/team_id", "T2", "email", "eve@example.com",
                        "email_verified", true),
                Map.of("sub", "U0EVE", "email", "eve@example.com", "email_verified", true))) {
            given().header("Authorization", "Bearer " + token(claims)).get("/api/incidents").then()
                    .statusCode(403).body("message", containsString("other than the one hikeshi is installed in"))
                    .body(not(containsString("Workspace only")));
        }
    }

    private String token(Map<String, Object> claims) {
        return new TestOidcProvider(new WireMock(wiremockPort), "https://slack.com")
                .token(TestOidcProvider.CLIENT_ID, claims);
    }
}
