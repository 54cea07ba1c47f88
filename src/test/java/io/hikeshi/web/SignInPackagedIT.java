package io.hikeshi.web;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.FreshWorkspace;
import io.hikeshi.support.PackagedApp;
import io.hikeshi.support.TestOidcProvider;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged app with only the three documented sign-in variables (and an https public address): sign-in is on,
 * its cookies are Secure, tokens for other applications are refused, and nobody is let in until a list of who may
 * sign in is configured — which the log says how to do.
 */
class SignInPackagedIT {

    private static WireMockServer server;
    private static PackagedApp app;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        new FakeSlack(new WireMock(server)).reset();
        Map<String, String> env = new HashMap<>(FreshWorkspace.databaseEnv("sign_in"));
        env.putAll(Map.of(
                "QUARKUS_OIDC_AUTH_SERVER_URL", server.baseUrl() + "/oidc",
                "QUARKUS_OIDC_CLIENT_ID", TestOidcProvider.CLIENT_ID,
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "test-oidc-client-secret-that-is-long-enough",
                "HIKESHI_BASE_URL", "https://hikeshi.example.com"));
        app = new PackagedApp(Path.of("target", "sign-in-it"), server.baseUrl() + "/api/", env).start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        server.stop();
    }

    @Test
    void theDocumentedVariablesTurnSignInOnWithSecureCookies() throws Exception {
        Response page = given().port(app.port()).redirects().follow(false).get("/incidents");
        page.then().statusCode(302).header("Location", containsString(server.baseUrl() + "/oidc/auth?"))
                .header("Location", containsString("client_id=" + TestOidcProvider.CLIENT_ID));
        assertThat(page.getDetailedCookies().asList()).isNotEmpty().allMatch(Cookie::isSecured);
        assertThat(Files.readString(app.log())).doesNotContain("sign-in is not configured")
                .contains("nobody may sign in yet: set HIKESHI_WEB_ALLOWED_EMAIL_DOMAINS");
    }

    @Test
    void nobodyIsLetInUntilTheyAreListedAndOtherAudiencesAreRefused() {
        TestOidcProvider provider = new TestOidcProvider(new WireMock(server), server.port());
        Map<String, Object> alice = Map.of("sub", "U0ALICE", "email", "alice@example.com", "email_verified", true);
        given().port(app.port()).header("Authorization", "Bearer " + provider.token("other-app", alice))
                .get("/api/incidents").then().statusCode(401);
        given().port(app.port()).header("Authorization", "Bearer " + provider.token(TestOidcProvider.CLIENT_ID, alice))
                .get("/api/incidents").then().statusCode(403).body("error", equalTo("Nobody may sign in yet"))
                .body("hint", containsString("HIKESHI_WEB_ALLOWED_EMAIL_DOMAINS"));
    }
}
