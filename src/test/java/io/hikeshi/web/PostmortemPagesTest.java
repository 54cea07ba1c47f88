package io.hikeshi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reviewing a postmortem in the web UI: edit with preview, stale edits, status moves told in Slack, export. */
@QuarkusTest
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "name", value = "Alice Reviewer"),
        @Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class PostmortemPagesTest extends WebFlowTest {

    @Test
    void editPreviewSaveMoveToReviewAndPublish() {
        long n = resolvedWithDraft("Checkout errors --sev 2");
        String page = "/incidents/" + n + "/postmortem";
        String token = csrfToken(page);
        String draft = (String) db.value("select markdown from postmortem_version");

        postForm(page, token, Map.of("csrf", token, "base", 1, "markdown", draft + "\nA **bold** claim <script>x</script>",
                "action", "preview")).then().statusCode(200)
                .body(containsString("Preview — not saved"), containsString("<strong>bold</strong>"),
                        containsString("&lt;script&gt;x&lt;/script&gt;"), not(containsString("<script>x")));
        assertThat(db.count("postmortem_version")).isEqualTo(1);

        postForm(page, token, Map.of("csrf", token, "base", 1, "markdown", draft + "\nRoot cause: expired cert.",
                "action", "save")).then().statusCode(303).header("Location", containsString("?saved=2"));
        given().get(page + "?saved=2").then().statusCode(200).body(containsString("Saved as version 2"),
                containsString("Root cause: expired cert."), containsString("Alice Reviewer"));

        postForm(page + "/status", token, Map.of("csrf", token, "base", 2, "status", "IN_REVIEW"))
                .then().statusCode(303);
        postForm(page + "/status", token, Map.of("csrf", token, "base", 2, "status", "PUBLISHED"))
                .then().statusCode(303);
        given().get(page).then().body(containsString("id=\"pm-status\">published"),
                containsString("The postmortem is published. Move it back to draft to edit it."));
        await().atMost(Duration.ofSeconds(10)).until(() -> noticeSaying(slack, "Postmortem in review")
                && noticeSaying(slack, "Postmortem published") && slack.forms("chat.postMessage").stream()
                .filter(f -> f.get("blocks") != null && f.get("blocks").contains("Published by Alice Reviewer"))
                .count() == 2);
        assertThat(db.count("postmortem_status_change")).isEqualTo(3);

        given().get("/api/incidents/" + n + "/postmortem.md").then().statusCode(200)
                .contentType(containsString("text/markdown"))
                .header("Content-Disposition", containsString("inc-" + n + "-postmortem.md"))
                .body(containsString("Root cause: expired cert."));
        given().get(page + "/versions/2").then().statusCode(200)
                .body(containsString("d-ADDED\">+ Root cause: expired cert."));
        postForm(page, token, Map.of("csrf", token, "base", 2, "markdown", "late edit", "action", "save"))
                .then().statusCode(400).body(containsString("Move it back to draft to edit it"));
    }

    @Test
    void aStaleEditIsShownNotSaved() {
        long n = resolvedWithDraft("Search slow --sev 3");
        String page = "/incidents/" + n + "/postmortem";
        String token = csrfToken(page);
        postForm(page, token, Map.of("csrf", token, "base", 1, "markdown", "# Theirs\nBob's change", "action", "save"))
                .then().statusCode(303);

        postForm(page, token, Map.of("csrf", token, "base", 1, "markdown", "# Mine\nMy change", "action", "save"))
                .then().statusCode(409)
                .body(containsString("Version 2 was saved by Alice Reviewer after you opened version 1"),
                        containsString("My change</textarea>"), containsString("name=\"base\" value=\"2\""),
                        containsString("d-REMOVED\">- Bob&#39;s change"), containsString("d-ADDED\">+ My change"));
        assertThat(db.count("postmortem_version")).isEqualTo(2);
        assertThat((String) db.value("select markdown from postmortem_version where number = 2")).contains("Bob");

        postForm(page + "/status", token, Map.of("csrf", token, "base", 1, "status", "IN_REVIEW"))
                .then().statusCode(409).body(containsString("Nothing was moved"));
    }

    @Test
    void formsWithoutTheTokenOrFromAnotherSiteAreRefused() {
        long n = resolvedWithDraft("Queue backlog");
        String page = "/incidents/" + n + "/postmortem";
        String token = csrfToken(page);

        postForm(page, null, Map.of("base", 1, "markdown", "forged", "action", "save")).then().statusCode(403)
                .body(containsString("Nothing was changed"));
        postForm(page, token, Map.of("csrf", "A".repeat(43), "base", 1, "markdown", "forged", "action", "save"))
                .then().statusCode(403);
        given().redirects().follow(false).cookie(Csrf.COOKIE, token).header("Origin", "https://evil.example")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", token, "base", 1, "status", "IN_REVIEW")).post(page + "/status")
                .then().statusCode(403);
        // DNS rebinding: the attacker's name in both Host and Origin; only the configured address counts.
        fromOrigin(page + "/status", token, "evil.example", "http://evil.example").then().statusCode(403);
        given().redirects().follow(false).cookie(Csrf.COOKIE, token).header("Referer", "https://evil.example/x")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", token, "base", 1, "status", "IN_REVIEW")).post(page + "/status")
                .then().statusCode(403);
        assertThat(db.count("postmortem_version")).isEqualTo(1);
        assertThat(db.count("postmortem_status_change")).isEqualTo(1);

        fromOrigin(page + "/status", token, "hikeshi.example.com", "https://hikeshi.example.com")
                .then().statusCode(303);
        assertThat(db.count("postmortem_status_change")).isEqualTo(2);
    }

    @Test
    void theCsrfCookieIsSecureForAnHttpsAddress() {
        long n = resolvedWithDraft("Cookie check");
        given().get("/incidents/" + n + "/postmortem").then().statusCode(200)
                .cookie(Csrf.COOKIE, io.restassured.matcher.RestAssuredMatchers.detailedCookie().secured(true)
                        .httpOnly(true).sameSite("Strict"));
    }

    @Test
    void linksAndImagesKeepOnlyWebMailAndRelativeAddresses() {
        long n = resolvedWithDraft("Hostile links");
        String page = "/incidents/" + n + "/postmortem";
        String token = csrfToken(page);
        String hostile = String.join("\n\n", MarkdownUrlsTest.HOSTILE_MARKDOWN)
                + "\n\n[Grafana](https://grafana.example.com/d/1) ![graph](/static/graph.png)";

        String preview = postForm(page, token, Map.of("csrf", token, "base", 1, "markdown", hostile,
                "action", "preview")).then().statusCode(200).extract().asString();
        postForm(page, token, Map.of("csrf", token, "base", 1, "markdown", hostile, "action", "save"))
                .then().statusCode(303);
        String saved = given().get(page).then().statusCode(200).extract().asString();
        String version = given().get(page + "/versions/2").then().statusCode(200).extract().asString();
        for (String html : new String[] {preview, saved, version}) {
            assertThat(MarkdownUrlsTest.addresses(html)).noneMatch(a -> a.toLowerCase(java.util.Locale.ROOT)
                    .matches("(?s).*(script|data|file|blob)\\s*:.*"));
        }
        assertThat(preview).contains("href=\"https://grafana.example.com/d/1\"", "src=\"/static/graph.png\"");
        assertThat(saved).contains("href=\"https://grafana.example.com/d/1\"", "src=\"/static/graph.png\"");
    }

    private static io.restassured.response.Response fromOrigin(String path, String token, String host, String origin) {
        return given().redirects().follow(false).cookie(Csrf.COOKIE, token).header("Host", host)
                .header("Origin", origin).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", token, "base", 1, "status", "IN_REVIEW")).post(path);
    }
}
