package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
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

    @Test
    void theSlackUserIdDecidesWhoSeesAPrivateIncident() {
        declareAndWait("Breach --sev 1 --private");
        long n = ((Number) db.value("select max(id) from incident")).longValue();
        // The declarer, named by Slack's user id claim (the subject is not read when it is there).
        String member = token(Map.of("sub", "U0SOMEONE", "https://slack.com/user_id", SlackRequests.DECLARER,
                "https://slack.com/team_id", "T1", "email", "eve@example.com", "email_verified", true));
        String admin = token(Map.of("sub", "U0ADMIN", "https://slack.com/team_id", "T1"));
        String other = token(Map.of("sub", "U0EVE", "https://slack.com/team_id", "T1"));
        for (String token : new String[] {member, admin}) {
            given().header("Authorization", "Bearer " + token).get("/api/incidents").then().statusCode(200)
                    .body("[0].title", equalTo("Breach")).body("[0].private", equalTo(true));
            given().header("Authorization", "Bearer " + token).get("/api/incidents/" + n).then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + other).get("/api/incidents").then().statusCode(200)
                .body("size()", equalTo(0));
        given().header("Authorization", "Bearer " + other).get("/api/incidents/" + n).then().statusCode(404)
                .body("message", equalTo("There is no incident " + n + "."));

        // The browser's way: Sign in with Slack's code flow.
        new TestOidcProvider(new WireMock(wiremockPort), "https://slack.com").signsIn(other);
        Map<String, String> eve = SignInTest.signIn("/incidents");
        given().cookies(eve).get("/incidents").then().statusCode(200).body(not(containsString("Breach")));
        given().cookies(eve).get("/incidents/" + n).then().statusCode(404);
        new TestOidcProvider(new WireMock(wiremockPort), "https://slack.com").signsIn(member);
        Map<String, String> declarer = SignInTest.signIn("/incidents");
        given().cookies(declarer).get("/incidents/" + n).then().statusCode(200)
                .body(containsString("<span class=\"tag private\">Private</span>"));
        // Slack named the user: nobody is looked up by e-mail.
        assertThat(slack.calls("users.lookupByEmail")).isEmpty();
    }

    private String token(Map<String, Object> claims) {
        return new TestOidcProvider(new WireMock(wiremockPort), "https://slack.com")
                .token(TestOidcProvider.CLIENT_ID, claims);
    }
}
