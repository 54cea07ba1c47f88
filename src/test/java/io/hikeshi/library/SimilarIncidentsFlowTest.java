package io.hikeshi.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Similar past incidents: posted once on declare, again only when new, by command, in the API and the web UI. */
@QuarkusTest
@TestProfile(LibraryFlowTest.HistoryTemplates.class)
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class SimilarIncidentsFlowTest extends LibraryFlowTest {

    private static final String HOSTILE = """
            ---
            title: "<!channel> tokens rejected <@U0EVIL> *bold*"
            date: 2023-01-02
            severity: SEV3
            ---
            Users logged out, tokens rejected, clock skew on auth nodes.
            ## Root cause
            Clock drift <!here> <https://evil.example|click>
            """;

    @Inject
    LibraryChanges changes;

    @Test
    void onDeclareOneMessageWithWhyItMatchedTheRootCauseTheResolutionAndALink() throws IOException {
        write("clock.md", CLOCK_SKEW);
        write("hostile.md", HOSTILE);
        awaitIndexed("clock", "clock.md");
        awaitIndexed("drift", "hostile.md");

        declareAndWait("Users logged out, tokens rejected --sev 2");

        await().atMost(Duration.ofSeconds(10)).until(() -> similarMessages().size() == 1);
        Map<String, String> message = similarMessages().get(0);
        assertThat(message.get("channel")).isEqualTo(FakeSlack.INCIDENT_CHANNEL);
        String blocks = message.get("blocks");
        assertThat(FakeSlack.text(blocks)).contains("Users logged out by clock skew", "2024-05-12 · SEV2",
                "imported from clock.md", "matched words: ", "tokens", "Root cause:* NTP was blocked",
                "Resolution:* Restored NTP", "same severity: SEV2");
        assertThat(FakeSlack.text(blocks))
                .contains("<https://hikeshi.example.com/library/history/clock.md|Read the postmortem>")
                .contains("&lt;!channel&gt;").contains("&lt;@U0EVIL&gt;").contains("&lt;!here&gt;")
                .doesNotContain("<!channel>").doesNotContain("<@U0EVIL>").doesNotContain("<https://evil");
        String text = FakeSlack.text(blocks);
        assertThat(text.indexOf("Users logged out by clock skew")).isLessThan(text.indexOf("tokens rejected &lt;@U0EVIL"));
    }

    @Test
    void aSecondLookPostsOnlyWhatIsNew() throws IOException {
        write("clock.md", CLOCK_SKEW);
        awaitIndexed("clock", "clock.md");
        declareAndWait("Users logged out, tokens rejected --sev 2");
        await().atMost(Duration.ofSeconds(10)).until(() -> similarMessages().size() == 1);
        long incident = ((Number) db.value("select max(id) from incident")).longValue();

        changes.incidentRetitled(incident);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("outbox_entry where state <> 'DONE'") == 0);
        assertThat(similarMessages()).hasSize(1);

        write("keys.md", "# Everyone logged out after key rotation\nTokens rejected, users logged out: the signing"
                + " key was removed too early.\n## Resolution\nPut the old key back.\n");
        awaitIndexed("rotation", "keys.md");
        changes.incidentRetitled(incident);

        await().atMost(Duration.ofSeconds(10)).until(() -> similarMessages().size() == 2);
        String second = FakeSlack.text(similarMessages().get(1).get("blocks"));
        assertThat(second).contains("Everyone logged out after key rotation").doesNotContain("clock skew");
    }

    @Test
    void nothingSimilarEnoughPostsNothingAndTheCommandSaysSo() throws IOException {
        write("clock.md", CLOCK_SKEW);
        awaitIndexed("clock", "clock.md");

        declareAndWait("Warehouse label printers offline");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("outbox_entry where state <> 'DONE'") == 0);

        assertThat(similarMessages()).isEmpty();
        inIncidentChannel("similar").statusCode(200).body("response_type", equalTo("ephemeral"))
                .body("text", containsString("No past incident is similar enough to INC-"));
        inIncidentChannel("similar --everything").statusCode(200)
                .body("text", containsString("`--everything` is not something `similar` takes"))
                .body("text", containsString("/incident similar [--drills]"));
    }

    @Test
    void theCommandPostsInTheChannel() throws IOException {
        write("clock.md", CLOCK_SKEW);
        awaitIndexed("clock", "clock.md");
        declareAndWait("Login broken: tokens rejected, clock skew suspected");

        JsonPath answer = inIncidentChannel("similar").statusCode(200).extract().jsonPath();

        assertThat(answer.getString("response_type")).isEqualTo("in_channel");
        assertThat(answer.getString("text")).contains("Similar past incidents for INC-");
        assertThat(answer.getList("blocks").toString()).contains("Users logged out by clock skew");
    }

    @Test
    void resolvedIncidentsAreCandidatesDrillsOnlyOnRequestAndTheApiAndPageShowThem() {
        declareAndWait("Checkout returning 500 errors after deploy --drill --sev 2");
        long drill = ((Number) db.value("select max(id) from incident")).longValue();
        inIncidentChannel("resolve Rolled back").statusCode(200);
        slack.answer("conversations.create", "{\"ok\":true,\"channel\":{\"id\":\"CINC0002\",\"name\":\"inc2\","
                + "\"is_channel\":true,\"creator\":\"UBOT\"}}");
        SlackRequests.postForm(SlackRequests.slashCommand("declare Checkout 500 errors after the deploy"))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("incident") == 2);
        long real = ((Number) db.value("select max(id) from incident")).longValue();

        await().atMost(Duration.ofSeconds(15)).until(() -> given().get("/api/incidents/" + real + "/similar?drills=true")
                .then().statusCode(200).extract().asString().contains("DRILL-" + drill));
        given().get("/api/incidents/" + real + "/similar").then().statusCode(200).body("size()", equalTo(0));
        JsonPath withDrills = given().get("/api/incidents/" + real + "/similar?drills=true").then().statusCode(200)
                .extract().jsonPath();
        assertThat(withDrills.getString("[0].reference")).isEqualTo("DRILL-" + drill);
        assertThat(withDrills.getString("[0].source")).isNull();
        assertThat(withDrills.getDouble("[0].score")).isPositive();
        assertThat(withDrills.getList("[0].reasons", String.class)).anyMatch(r -> r.startsWith("matched words: "));
        assertThat(withDrills.getString("[0].page")).isEqualTo("/incidents/" + drill);
        given().get("/api/incidents/999999/similar").then().statusCode(404);
    }

    @Test
    void theIncidentPageAndTheSearchShowTheLibraryEscaped() throws IOException {
        write("clock.md", CLOCK_SKEW);
        write("hostile.md", HOSTILE + "\n<script>alert(1)</script> tokens\n");
        awaitIndexed("clock", "clock.md");
        awaitIndexed("drift", "hostile.md");
        declareAndWait("Users logged out, tokens rejected --sev 2");
        long incident = ((Number) db.value("select max(id) from incident")).longValue();

        given().get("/incidents/" + incident).then().statusCode(200)
                .body(containsString("Similar incidents"), containsString("Users logged out by clock skew"),
                        containsString("href=\"/library/history/clock.md\""),
                        containsString("&lt;!channel&gt; tokens rejected &lt;@U0EVIL&gt;"));
        given().get("/search?q=tokens").then().statusCode(200)
                .body(containsString("<mark>tokens</mark>"), containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert")), containsString("INC-" + incident));
        given().get("/search?q=tokens&from=soon").then().statusCode(200)
                .body(containsString("Dates are days such as 2024-03-01."));
        given().get("/api/search?q=tokens&to=soon").then().statusCode(400);
        JsonPath api = searchApi("q=clock skew&severity=SEV2&service=auth&from=2024-01-01&to=2024-12-31");
        assertThat(api.getList("hits.source")).containsExactly("clock.md");
        assertThat(api.getList("hits[0].snippet.findAll { it.highlighted }.text", String.class))
                .contains("clock", "skew");
    }

    private List<Map<String, String>> similarMessages() {
        return slack.forms("chat.postMessage").stream().filter(f -> f.get("blocks") != null
                && FakeSlack.text(f.get("blocks")).contains("Have we seen this before?")).toList();
    }
}
