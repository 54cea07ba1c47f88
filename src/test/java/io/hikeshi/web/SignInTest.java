package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.TestOidcProvider;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without signing in, nothing of the web UI or the API is served; a provider's token opens the API. */
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
    void aTokenFromTheProviderOpensTheApi() {
        String token = new TestOidcProvider(new WireMock(wiremockPort), wiremockPort)
                .token("U0ALICE", "Alice Reviewer", "alice@example.com");
        given().header("Authorization", "Bearer " + token).get("/api/incidents").then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
