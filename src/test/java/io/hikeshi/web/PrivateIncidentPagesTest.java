package io.hikeshi.web;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.library.FreshLibrary;
import io.hikeshi.library.LibrarySearch;
import io.hikeshi.library.SearchQuery;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackRequests;
import io.hikeshi.support.TestClock;
import io.hikeshi.support.TestOidcProvider;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A private incident on the web UI and the API, through the real sign-in flow (code flow for pages, bearer tokens for
 * the API) with a provider other than Slack, so people are mapped to Slack users by their verified e-mail address:
 * its members and the incident admins see it everywhere, marked Private; everyone else meets it nowhere — its
 * addresses answer like a number no incident has, and lists, search, similar and repeat incidents leave it out.
 */
@QuarkusTest
class PrivateIncidentPagesTest extends WebFlowTest {

    /** A number no incident has, whose answers the private incident's must match. */
    static final long NONE = 987654;
    /** Every address under an incident number that answers GET. */
    static final List<String> PAGES = List.of("/incidents/%d", "/incidents/%d/postmortem",
            "/incidents/%d/postmortem/versions/1");
    static final List<String> APIS = List.of("/api/incidents/%d", "/api/incidents/%d/timeline",
            "/api/incidents/%d/postmortem", "/api/incidents/%d/postmortem.md", "/api/incidents/%d/similar");

    @Inject
    LibrarySearch search;

    @Inject
    FreshLibrary library;

    private TestOidcProvider provider;
    private long pub;
    private long priv;

    @BeforeEach
    void emptyLibrary() {
        library.rebuild();
    }

    /** A public incident and a private one, alike, both resolved with a postmortem, both indexed. */
    private void publicAndPrivateIncidents() {
        provider = new TestOidcProvider(new WireMock(wiremockPort), wiremockPort);
        pub = resolvedWithDraft("Checkout token expired --sev 2");
        slack.answer("conversations.create", "{\"ok\":true,\"channel\":{\"id\":\"CINC0002\",\"name\":\"inc2\","
                + "\"is_channel\":true,\"is_private\":true,\"creator\":\"" + FakeSlack.BOT_USER + "\"}}");
        SlackRequests.postForm(SlackRequests.slashCommand("declare Breach checkout token expired --sev 1 --private"))
                .statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> db.count("incident") == 2
                && slack.calls("pins.add").size() == 2);
        priv = ((Number) db.value("select max(id) from incident")).longValue();
        SlackRequests.postForm(SlackRequests.slashCommand("resolve").replace("channel_id="
                + SlackRequests.ORIGIN_CHANNEL, "channel_id=CINC0002")).statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> db.count("postmortem_version v join postmortem"
                + " p on p.id = v.postmortem_id where p.incident_id = " + priv) == 1
                && search.search(new SearchQuery("token", null, null, null, null, null),
                        IncidentAccess.Visibility.EVERYTHING).hits().stream()
                .filter(h -> h.page().startsWith("/incidents/" + priv + "/postmortem")).count() == 1);
        assertThat(db.value("select private_incident from incident where id = " + priv)).isEqualTo(true);
    }

    @Test
    void nonMembersMeetThePrivateIncidentNowhere() {
        publicAndPrivateIncidents();
        slackKnows("erin@example.com", "U0ERIN");
        slackKnows("frank@example.com", null);
        // gina@example.com: Slack fails (the fake answers 404), so she is not mapped either.
        for (String email : List.of("erin@example.com", "frank@example.com", "gina@example.com")) {
            Map<String, String> cookies = signInAs(email);
            String token = bearer(email);
            seesNoPrivateIncident(() -> given().cookies(cookies), false);
            seesNoPrivateIncident(() -> given().header("Authorization", "Bearer " + token), true);
        }
        assertThat(slack.forms("users.lookupByEmail")).extracting(f -> f.get("email"))
                .contains("erin@example.com", "frank@example.com", "gina@example.com");
    }

    @Test
    void formsOfAPrivateIncidentAnswerNonMembersLikeNoIncident() {
        publicAndPrivateIncidents();
        slackKnows("erin@example.com", "U0ERIN");
        Map<String, String> erin = signInAs("erin@example.com");
        String csrf = given().cookies(erin).get("/incidents").then().statusCode(200).extract().cookie(Csrf.COOKIE);
        for (String path : List.of("/incidents/%d/labels", "/incidents/%d/postmortem")) {
            likeNoIncident(n -> given().cookies(erin).cookie(Csrf.COOKIE, csrf).redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded").formParams(Map.of("csrf", csrf,
                            "action", "save", "services", "leaked", "cause", "", "tags", "", "base", 1,
                            "markdown", "overwritten")).post(path.formatted(n)), false);
        }
        assertThat(db.count("incident_label where label_values like '%leaked%'")).isZero();
        assertThat(db.count("postmortem_version where markdown = 'overwritten'")).isZero();
    }

    @Test
    void membersAndAdminsSeeItEverywhereMarkedPrivate() {
        publicAndPrivateIncidents();
        slackKnows("dana@example.com", SlackRequests.DECLARER);
        slackKnows("root@example.com", "U0ADMIN");
        for (String email : List.of("dana@example.com", "root@example.com")) {
            Map<String, String> cookies = signInAs(email);
            given().cookies(cookies).get("/incidents").then().statusCode(200)
                    .body(containsString("Breach checkout token expired"), containsString("INC-" + priv + "</a> <span class=\"tag"
                            + " private\">Private</span>"), not(containsString("INC-" + pub + "</a> <span class=\"tag private")));
            given().cookies(cookies).get("/incidents/" + priv).then().statusCode(200)
                    .body(containsString("<span class=\"tag private\">Private</span></h1>"));
            given().cookies(cookies).get("/incidents/" + pub).then().statusCode(200)
                    .body(not(containsString("tag private")), containsString("INC-" + priv + " · Breach checkout token expired"));
            given().cookies(cookies).get("/incidents/" + priv + "/postmortem").then().statusCode(200);
            given().cookies(cookies).get("/search?q=token").then().statusCode(200).body(containsString("INC-" + priv + " · Breach"));
            given().cookies(cookies).get("/metrics").then().statusCode(200).body(containsString(">INC-" + priv + "</a>"),
                    containsString("2 incidents declared"));

            RequestSpecification api = given().header("Authorization", "Bearer " + bearer(email));
            api.get("/api/incidents").then().statusCode(200).body("size()", equalTo(2))
                    .body("find { it.number == " + priv + " }.private", equalTo(true))
                    .body("find { it.number == " + pub + " }.private", equalTo(false));
            api.get("/api/incidents/" + priv).then().statusCode(200).body("incident.private", equalTo(true));
            for (String path : APIS) {
                api.get(path.formatted(priv)).then().statusCode(200);
            }
            api.get("/api/search?q=token").then().statusCode(200).body("total", equalTo(2))
                    .body("hits.reference", hasItem("INC-" + priv));
            api.get("/api/incidents/" + pub + "/similar").then().statusCode(200).body("reference", hasItem("INC-" + priv));
        }
    }

    @Test
    void theEmailLookupIsKeptFifteenMinutesWhenFoundAndTwoWhenNot() {
        slack.answerStatus("users.lookupByEmail", 500, null); // everyone else: Slack fails
        slackKnows("hana@example.com", "U0HANA");
        slackKnows("ivan@example.com", null);
        provider = new TestOidcProvider(new WireMock(wiremockPort), wiremockPort);
        String hana = bearer("hana@example.com");
        String ivan = bearer("ivan@example.com");
        String jo = bearer("jo@example.com");
        for (int i = 0; i < 2; i++) {
            for (String token : List.of(hana, ivan, jo)) {
                given().header("Authorization", "Bearer " + token).get("/api/incidents").then().statusCode(200);
            }
        }
        assertThat(lookups()).containsExactly("hana@example.com", "ivan@example.com", "jo@example.com",
                "jo@example.com"); // a failure is not kept

        TestClock.advance(Duration.ofMinutes(3));
        given().header("Authorization", "Bearer " + hana).get("/api/incidents").then().statusCode(200);
        given().header("Authorization", "Bearer " + ivan).get("/api/incidents").then().statusCode(200);
        assertThat(lookups()).hasSize(5).last().isEqualTo("ivan@example.com");

        TestClock.advance(Duration.ofMinutes(13));
        given().header("Authorization", "Bearer " + hana).get("/api/incidents").then().statusCode(200);
        assertThat(lookups()).hasSize(6).last().isEqualTo("hana@example.com");
    }

    @Test
    void anUnverifiedAddressIsNotLookedUp() {
        publicAndPrivateIncidents();
        String token = provider.token(TestOidcProvider.CLIENT_ID, Map.of("sub", "x", "email", "dana@example.com",
                "email_verified", false, "groups", List.of("sre")));
        // Not admitted at all without a verified address in an allowed domain; nothing asked of Slack either.
        given().header("Authorization", "Bearer " + token).get("/api/incidents").then().statusCode(403);
        assertThat(slack.calls("users.lookupByEmail")).isEmpty();
    }

    /** Every surface, as one person who may not see the private incident (pages or API). */
    private void seesNoPrivateIncident(Supplier<RequestSpecification> as, boolean api) {
        for (String path : api ? APIS : PAGES) {
            likeNoIncident(n -> as.get().redirects().follow(false).get(path.formatted(n)), api);
        }
        if (api) {
            as.get().get("/api/incidents").then().statusCode(200).body("size()", equalTo(1))
                    .body("[0].number", equalTo((int) pub)).body("[0].private", equalTo(false));
            as.get().get("/api/incidents?q=INC-" + priv).then().statusCode(200).body("size()", equalTo(0));
            as.get().get("/api/search?q=token").then().statusCode(200).body("total", equalTo(1))
                    .body("hits.reference", not(hasItem("INC-" + priv)));
            as.get().get("/api/incidents/" + pub + "/similar").then().statusCode(200).body("reference", not(hasItem("INC-" + priv)));
            return;
        }
        as.get().get("/incidents").then().statusCode(200).body(containsString("Checkout token expired"),
                not(containsString("Breach")), not(containsString("/incidents/" + priv)));
        as.get().get("/search?q=token").then().statusCode(200).body(containsString("Checkout token expired"),
                not(containsString("Breach")), not(containsString("/incidents/" + priv)));
        as.get().get("/incidents/" + pub).then().statusCode(200).body(not(containsString("Breach")),
                not(containsString("/incidents/" + priv)));
        // The counts still include it; the repeat incidents, which name incidents, do not.
        as.get().get("/metrics").then().statusCode(200).body(containsString("2 incidents declared"),
                not(containsString("Breach")), not(containsString("/incidents/" + priv)), containsString("No repeat incidents"));
    }

    /** The private incident answers exactly like the number {@link #NONE}: same status, same body. */
    private void likeNoIncident(java.util.function.LongFunction<io.restassured.response.Response> request,
                                       boolean api) {
        io.restassured.response.Response hidden = request.apply(priv);
        io.restassured.response.Response none = request.apply(NONE);
        assertThat(hidden.statusCode()).isEqualTo(404).isEqualTo(none.statusCode());
        assertThat(hidden.contentType()).isEqualTo(none.contentType()).contains(api ? "json" : "html");
        assertThat(hidden.asString()).doesNotContain("Breach")
                .isEqualTo(none.asString().replace("incident " + NONE + ".", "incident " + priv + "."));
    }

    private List<String> lookups() {
        return slack.forms("users.lookupByEmail").stream().map(f -> f.get("email")).toList();
    }

    private void slackKnows(String email, String userId) {
        slack.stub(post(urlEqualTo("/api/users.lookupByEmail"))
                .withRequestBody(containing("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .willReturn(okJson(userId == null ? "{\"ok\":false,\"error\":\"users_not_found\"}"
                        : "{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"name\":\"someone\"}}")));
    }

    private Map<String, String> signInAs(String email) {
        provider.signsIn("x-" + email, email, email);
        return SignInTest.signIn("/incidents");
    }

    private String bearer(String email) {
        return provider.token("x-" + email, email, email);
    }
}
