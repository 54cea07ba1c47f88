package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.TestOidcProvider;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without signing in, nothing of the web UI or the API is served; a provider's token for hikeshi opens the API to
 * people in the allowed e-mail domain (example.com in the tests), through the code flow and with bearer tokens.
 */
@QuarkusTest
class SignInTest extends SlackFlowTest {

    @Test
    void pagesSendTheBrowserToSignIn() {
        for (String path : new String[] {"/", "/incidents", "/incidents/1", "/incidents/1/postmortem",
                "/incidents/1/postmortem/versions/1", "/metrics"}) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", containsString("/oidc/auth?"))
                    .header("Location", containsString("client_id=" + TestOidcProvider.CLIENT_ID))
                    .header("Location", containsString("redirect_uri=http%3A%2F%2Flocalhost%3A"))
                    .header("Location", containsString("%2Fauth%2Fcallback"));
        }
    }

    @Test
    void apiAndFormsNeedSignInToo() {
        for (String path : new String[] {"/api/incidents", "/api/incidents/1", "/api/incidents/1/timeline",
                "/api/incidents/1/postmortem", "/api/incidents/1/postmortem.md"}) {
            given().redirects().follow(false).get(path).then().statusCode(anyOf(is(302), is(401)));
            given().redirects().follow(false).header("Authorization", "Bearer not-a-token").get(path)
                    .then().statusCode(401);
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(java.util.Map.of("base", 1, "markdown", "x", "action", "save"))
                .post("/incidents/1/postmortem").then().statusCode(anyOf(is(302), is(401)));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void tokensForOtherApplicationsAreRefused() {
        TestOidcProvider provider = new TestOidcProvider(new WireMock(wiremockPort), wiremockPort);
        Map<String, Object> alice = Map.of("sub", "U0ALICE", "email", "alice@example.com", "email_verified", true);
        given().header("Authorization", "Bearer " + provider.token("other-app", alice)).get("/api/incidents")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + provider.token(null, alice)).get("/api/incidents")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + provider.token(TestOidcProvider.CLIENT_ID, alice))
                .get("/api/incidents").then().statusCode(200);
    }

    @Test
    void peopleOutsideTheAllowedDomainsGetNoData() {
        declareAndWait("Secret migration --sev 2");
        TestOidcProvider provider = new TestOidcProvider(new WireMock(wiremockPort), wiremockPort);
        for (Map<String, Object> claims : List.<Map<String, Object>>of(
                Map.of("sub", "U0EVE", "email", "eve@other.example", "email_verified", true),
                Map.of("sub", "U0EVE", "email", "eve@example.com", "email_verified", false),
                Map.of("sub", "U0EVE", "email", "eve@example.com"),
                Map.of("sub", "U0EVE", "email", "eve@example.com.other.example", "email_verified", true))) {
            String token = provider.token(TestOidcProvider.CLIENT_ID, claims);
            for (String path : new String[] {"/api/incidents", "/api/incidents/1", "/api/incidents/1/postmortem.md"}) {
                given().header("Authorization", "Bearer " + token).get(path).then().statusCode(403)
                        .contentType(containsString("json"))
                        .body("error", equalTo("You are not allowed to see these incidents"))
                        .body(not(containsString("Secret migration")));
            }
        }
    }

    @Test
    void theCodeFlowSignsInAllowedPeopleAndShowsOthersAPageWithoutData() {
        declareAndWait("Secret migration --sev 2");
        TestOidcProvider provider = new TestOidcProvider(new WireMock(wiremockPort), wiremockPort);

        provider.signsIn("U0ALICE", "Alice Reviewer", "alice@example.com");
        Map<String, String> alice = signIn("/incidents");
        given().cookies(alice).get("/incidents").then().statusCode(200).body(containsString("Secret migration"));

        provider.signsIn(provider.token(TestOidcProvider.CLIENT_ID,
                Map.of("sub", "U0EVE", "name", "Eve", "email", "eve@other.example", "email_verified", true)));
        Map<String, String> eve = signIn("/incidents");
        for (String path : new String[] {"/", "/incidents", "/incidents/1", "/incidents/1/postmortem", "/metrics"}) {
            given().cookies(eve).get(path).then().statusCode(403).contentType(containsString("text/html"))
                    .body(containsString("You are not allowed to see these incidents"),
                            containsString("not in an e-mail domain or group that may sign in"),
                            not(containsString("Secret migration")), not(containsString("INC-1")));
        }
    }

    /**
     * The browser's way through the code flow: sent to the provider, back to /auth/callback with a code, then to the
     * page asked for. Returns the session cookies, which are Secure since the configured address is https.
     */
    static Map<String, String> signIn(String page) {
        Response start = given().redirects().follow(false).get(page);
        start.then().statusCode(302);
        assertThat(start.getDetailedCookies().asList()).isNotEmpty().allMatch(Cookie::isSecured);
        Response provider = given().urlEncodingEnabled(false).redirects().follow(false).get(start.getHeader("Location"));
        provider.then().statusCode(302).header("Location", containsString("/auth/callback?code="));
        Response callback = given().urlEncodingEnabled(false).redirects().follow(false).cookies(start.getCookies())
                .get(provider.getHeader("Location"));
        callback.then().statusCode(302).header("Location", containsString(page));
        assertThat(callback.getDetailedCookies().asList()).filteredOn(c -> c.getName().startsWith("q_session"))
                .isNotEmpty().allMatch(Cookie::isSecured).allMatch(Cookie::isHttpOnly);
        return callback.getCookies();
    }

    @Test
    void aTokenFromTheProviderOpensTheApi() {
        String token = new TestOidcProvider(new WireMock(wiremockPort), wiremockPort)
                .token("U0ALICE", "Alice Reviewer", "alice@example.com");
        given().header("Authorization", "Bearer " + token).get("/api/incidents").then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
