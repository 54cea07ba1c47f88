package io.hikeshi.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.incident.Audience;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.incident.IncidentPrivacy;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Private incidents in the library: search finds them, and counts them, only for their members and the incident
 * admins, following the incident when it turns private or public; what hikeshi posts in Slack never names one.
 */
@QuarkusTest
@TestProfile(LibraryFlowTest.HistoryTemplates.class)
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class PrivateLibraryTest extends LibraryFlowTest {

    private static final String ADMIN = "U0ADMIN";
    private static final String STRANGER = "USTRANGER";
    private static final SearchQuery TOKENS = new SearchQuery("tokens", null, null, null, null, null);

    @Inject
    LibrarySearch search;

    @Inject
    SimilarIncidents similar;

    @Inject
    IncidentAccess access;

    @Inject
    LibraryChanges changes;

    @Inject
    IncidentPrivacy privacy;

    @Inject
    EntityManager em;

    @Test
    void aPrivateIncidentIsFoundAndCountedOnlyByItsMembersAndTheAdmins() {
        declareAndWait("Signing tokens leaked in a public repository --private");
        long secret = newest();
        declareIn("CINC0002", "Tokens rejected by the auth service");
        long open = newest();
        awaitIndexed(secret, open);

        assertThat(references(search.search(TOKENS, visibilityOf(SlackRequests.DECLARER))))
                .containsExactlyInAnyOrder("INC-" + secret, "INC-" + open);
        assertThat(references(search.search(TOKENS, visibilityOf(ADMIN))))
                .containsExactlyInAnyOrder("INC-" + secret, "INC-" + open);
        assertThat(search.search(TOKENS, visibilityOf(ADMIN)).hits()).filteredOn(SearchHit::privateIncident)
                .extracting(SearchHit::reference).containsExactly("INC-" + secret);
        for (IncidentAccess.Visibility outsider : List.of(visibilityOf(STRANGER), access.visibility(Audience.PUBLIC))) {
            LibrarySearch.Results results = search.search(TOKENS, outsider);
            assertThat(references(results)).containsExactly("INC-" + open);
            assertThat(results.total()).isEqualTo(1);
        }
        // Filters alone, without words, list the newest first: the private one is still not there.
        LibrarySearch.Results everything = search.search(new SearchQuery(null, "SEV2", null, null, null, null),
                visibilityOf(STRANGER));
        assertThat(references(everything)).doesNotContain("INC-" + secret);
        assertThat(everything.total()).isEqualTo(everything.hits().size());

        // The old signature, which the API still calls, means a viewer of public incidents only.
        assertThat(references(search.search(TOKENS))).containsExactly("INC-" + open);
        assertThat(searchApi("q=tokens").getList("hits.reference")).containsExactly("INC-" + open);
        assertThat(searchApi("q=tokens").getLong("total")).isEqualTo(1);
        assertThat(searchApi("q=leaked").getLong("total")).isZero();
    }

    @Test
    void theIndexFollowsAnIncidentTurningPublicAndPrivateAgain() throws IncidentPrivacy.RefusedException {
        declareAndWait("Tokens rejected by the auth service --private");
        long incident = newest();
        awaitIndexed(incident);
        assertThat(search.search(TOKENS, visibilityOf(STRANGER)).total()).isZero();
        assertThat(search.search(TOKENS, visibilityOf(ADMIN)).hits()).allMatch(SearchHit::privateIncident);

        privacy.makePublic(incident, SlackRequests.DECLARER);
        assertThat(references(search.search(TOKENS, visibilityOf(STRANGER)))).containsExactly("INC-" + incident);
        assertThat(references(search.search(TOKENS))).containsExactly("INC-" + incident);
        await().atMost(Duration.ofSeconds(10)).until(() -> search.search(TOKENS, visibilityOf(STRANGER)).hits()
                .stream().noneMatch(SearchHit::privateIncident));

        // Made private again the way an incident without a channel yet is: the flag, then the library told.
        makePrivate(incident);
        assertThat(search.search(TOKENS, visibilityOf(STRANGER)).total()).isZero();
        assertThat(search.search(TOKENS).hits()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> search.search(TOKENS, visibilityOf(ADMIN)).hits().stream()
                .anyMatch(SearchHit::privateIncident));
        assertThat(references(search.search(TOKENS, visibilityOf(ADMIN)))).containsExactly("INC-" + incident);
    }

    @Test
    void similarIncidentsPostedInSlackNeverNameAPrivateOne() throws IOException {
        write("clock.md", CLOCK_SKEW);
        awaitIndexed("clock", "clock.md");
        declareAndWait("Users logged out, tokens rejected by auth --private --sev 2");
        long secret = newest();
        // The private incident's own channel is told of public incidents: its members see those anyway.
        await().atMost(Duration.ofSeconds(10)).until(() -> similarMessages(FakeSlack.INCIDENT_CHANNEL).size() == 1);
        assertThat(FakeSlack.text(similarMessages(FakeSlack.INCIDENT_CHANNEL).get(0).get("blocks")))
                .contains("Users logged out by clock skew");
        inIncidentChannel("resolve Rotated the signing key").statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> search.search(TOKENS, IncidentAccess.Visibility.EVERYTHING)
                .hits().stream().anyMatch(h -> h.reference().equals("INC-" + secret) && h.resolved()));

        declareIn("CINC0002", "Users logged out again, tokens rejected --sev 2");
        long open = newest();

        await().atMost(Duration.ofSeconds(10)).until(() -> similarMessages("CINC0002").size() == 1);
        String posted = FakeSlack.text(similarMessages("CINC0002").get(0).get("blocks"));
        assertThat(posted).contains("Users logged out by clock skew").doesNotContain("INC-" + secret)
                .doesNotContain("tokens rejected by auth");
        String command = SlackRequests.postForm(SlackRequests.slashCommand("similar")
                        .replace("channel_id=" + SlackRequests.ORIGIN_CHANNEL, "channel_id=CINC0002"))
                .statusCode(200).extract().asString();
        assertThat(command).contains("Users logged out by clock skew").doesNotContain("INC-" + secret);
        assertThat(given().get("/api/incidents/" + open + "/similar").then().statusCode(200).extract().jsonPath()
                .getList("reference", String.class)).doesNotContain("INC-" + secret);

        // The private incident is similar: its members are shown it, and it is hidden from the others.
        assertThat(similar.forIncident(open, false, visibilityOf(SlackRequests.DECLARER)))
                .extracting(SimilarIncident::reference).contains("INC-" + secret);
        assertThat(similar.forIncident(open, false, visibilityOf(STRANGER)))
                .extracting(SimilarIncident::reference).doesNotContain("INC-" + secret);
        // Nor is anything similar to a private incident told to someone who may not see it.
        assertThat(similar.forIncident(secret, false, 3, visibilityOf(STRANGER))).isEmpty();
        assertThat(similar.forIncident(secret, false, 3, visibilityOf(ADMIN))).isNotEmpty();
    }

    private IncidentAccess.Visibility visibilityOf(String userId) {
        return access.visibility(access.audience(userId));
    }

    private void awaitIndexed(long... incidents) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<String> found = references(search.search(TOKENS, IncidentAccess.Visibility.EVERYTHING));
            for (long incident : incidents) {
                if (!found.contains("INC-" + incident)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** {@code /incident private} refuses once the channel exists: the test sets the flag and tells the library. */
    private void makePrivate(long incident) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update incident set private_incident = true where id = ?1")
                    .setParameter(1, incident).executeUpdate();
            changes.incidentChanged(incident);
        });
    }



    private static List<String> references(LibrarySearch.Results results) {
        return results.hits().stream().map(SearchHit::reference).toList();
    }

    private List<Map<String, String>> similarMessages(String channel) {
        return slack.forms("chat.postMessage").stream().filter(f -> channel.equals(f.get("channel"))
                && f.get("blocks") != null && FakeSlack.text(f.get("blocks")).contains("Have we seen this before?"))
                .toList();
    }
}
