package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Local access without sign-in serves this machine only when the request names it: a page on another name (DNS
 * rebinding: the attacker's name resolving to 127.0.0.1) is refused, and so is a form from another origin.
 */
@QuarkusTest
@TestProfile(LocalAccessTest.LocalOnly.class)
class LocalAccessTest extends WebFlowTest {

    /** No provider, local access on, no configured address. */
    public static class LocalOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "false", "hikeshi.web.local-access", "true",
                    "hikeshi.web.base-url", "");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void localAccessSeesNoPrivateIncident() {
        declareAndWait("Breach --sev 1 --private");
        long n = ((Number) db.value("select max(id) from incident")).longValue();
        given().get("/incidents").then().statusCode(200).body(not(containsString("Breach")));
        given().get("/api/incidents").then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        given().get("/incidents/" + n).then().statusCode(404).body(containsString("There is no incident " + n + "."));
        given().get("/api/incidents/" + n + "/timeline").then().statusCode(404);
    }

    @Test
    void onlyLocalNamesAreServed() {
        long n = resolvedWithDraft("Local only --sev 2");
        int port = root.getPort();
        for (String host : new String[] {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST"}) {
            given().header("Host", host).get("/incidents/" + n).then().statusCode(200)
                    .body(containsString("Local only"));
        }
        for (String host : new String[] {"attacker.example", "attacker.example:" + port, "localhost.attacker.example",
                "127.0.0.1.nip.io:" + port}) {
            given().header("Host", host).get("/incidents/" + n).then().statusCode(403)
                    .body(containsString("Sign-in is not configured"), not(containsString("Local only")))
                    .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
            given().header("Host", host).get("/api/incidents").then().statusCode(403)
                    .body(not(containsString("Local only")));
        }
    }

    @Test
    void formsFromAnotherOriginAreRefusedEvenWithTheirOwnHost() {
        long n = resolvedWithDraft("Local forms");
        String page = "/incidents/" + n + "/postmortem";
        String token = csrfToken(page);
        given().redirects().follow(false).cookie(Csrf.COOKIE, token).header("Origin", "http://attacker.example")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", token, "base", 1, "markdown", "replaced", "action", "save")).post(page)
                .then().statusCode(403);
        assertThat(db.count("postmortem_version")).isEqualTo(1);

        given().redirects().follow(false).cookie(Csrf.COOKIE, token).header("Origin", "http://localhost:" + root.getPort())
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", token, "base", 1, "markdown", "# Ours", "action", "save")).post(page)
                .then().statusCode(303);
        assertThat(db.count("postmortem_version")).isEqualTo(2);
    }
}
