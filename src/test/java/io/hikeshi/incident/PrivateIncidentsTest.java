package io.hikeshi.incident;

import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.hikeshi.support.BlockClick;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Private incidents in Slack: a private channel, announced only in the private announcement channel (CSECURITY in
 * the tests), stakeholders told only that one exists, and in {@code /incident list} and the App Home only for its
 * members (the people in its channel) and the incident admins (U0ADMIN).
 */
@QuarkusTest
class PrivateIncidentsTest extends SlackFlowTest {

    private static final String MEMBER = SlackRequests.DECLARER;
    private static final String OUTSIDER = "U0OUTSIDER";
    private static final String ADMIN = "U0ADMIN";

    @Test
    void aPrivateIncidentGetsAPrivateChannelAndIsAnnouncedOnlyPrivately() {
        declareAndWait("Leaked signing key --sev 1 --private");

        assertThat(slack.forms("conversations.create")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("is_private", "1"));
        // The private announcement channel gets the announcement, and the stakeholder groups' mention.
        await().atMost(Duration.ofSeconds(10)).until(() -> posts("CSECURITY").size() == 2
                && posts("CSTAKEHOLDERS").size() == 1);
        assertThat(posts("CSECURITY")).anySatisfy(text -> assertThat(text).contains("Private SEV1 incident declared")
                .contains("Leaked signing key").contains("is private: ask its commander to be added"));
        assertThat(posts("CSECURITY")).anySatisfy(text -> assertThat(text).contains("<!subteam^S0ONCALL>")
                .contains("A private SEV1 incident is under way").doesNotContain("Leaked"));
        // Stakeholders learn that a private SEV1 incident exists, nothing more.
        String stakeholders = posts("CSTAKEHOLDERS").get(0);
        assertThat(stakeholders).contains("A private SEV1 incident is under way")
                .doesNotContain("Leaked").doesNotContain("INC-").doesNotContain(FakeSlack.INCIDENT_CHANNEL);
        assertThat(posts("CANNOUNCE")).isEmpty();
        assertThat(cardText()).contains("Private incident");
        assertThat(db.value("select private_incident from incident")).isEqualTo(true);
        assertThat(db.rows("select incident_id, user_id from incident_member")).extracting(row -> row[1])
                .containsExactly(MEMBER);
    }

    @Test
    void thePrivateBoxOfTheFormDeclaresAPrivateIncident() {
        postForm(SlackRequests.interaction(SlackRequests.declareFormSubmission("V0PRIV1", "Suspicious admin logins",
                "SEV2", null, false, null, true))).statusCode(200)
                .body(containsString("Incident declared"));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);

        assertThat(slack.forms("conversations.create")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("is_private", "1"));
        assertThat(db.value("select private_incident from incident")).isEqualTo(true);
    }

    @Test
    void theListAndTheAppHomeShowAPrivateIncidentOnlyToItsMembersAndAdmins() {
        declareAndWait("Leaked signing key --sev 1 --private");
        String reference = "INC-" + db.value("select id from incident");

        list(MEMBER).body(containsString("Leaked signing key")).body(containsString(reference));
        list(ADMIN).body(containsString("Leaked signing key"));
        list(OUTSIDER).body(not(containsString("Leaked signing key"))).body(not(containsString(reference)))
                .body(containsString("0 open incidents"));

        SlackRequests.postJson(SlackEvents.homeOpened("Ev0HOMEOUT", OUTSIDER)).statusCode(200);
        SlackRequests.postJson(SlackEvents.homeOpened("Ev0HOMEMEM", MEMBER)).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("views.publish").size() == 2);
        assertThat(home(OUTSIDER)).doesNotContain("Leaked signing key").doesNotContain(reference);
        assertThat(home(MEMBER)).contains("Leaked signing key");
    }

    @Test
    void joiningAndLeavingTheChannelMakesAndEndsMembership() {
        declareAndWait("Leaked signing key --sev 1 --private");
        list(OUTSIDER).body(not(containsString("Leaked signing key")));

        SlackRequests.postJson(SlackEvents.memberJoined("Ev0JOIN1", FakeSlack.INCIDENT_CHANNEL, OUTSIDER))
                .statusCode(200);
        list(OUTSIDER).body(containsString("Leaked signing key"));

        SlackRequests.postJson(SlackEvents.memberLeft("Ev0LEFT1", FakeSlack.INCIDENT_CHANNEL, OUTSIDER)).statusCode(200);
        // Slack retries an event it thinks was lost: the retry changes nothing.
        SlackRequests.postJson(SlackEvents.memberJoined("Ev0JOIN1", FakeSlack.INCIDENT_CHANNEL, OUTSIDER))
                .statusCode(200);
        list(OUTSIDER).body(not(containsString("Leaked signing key")));
    }

    @Test
    void theCommanderIsToldOnceWhenTheBotIsRemovedFromThePrivateChannel() {
        declareAndWait("Leaked signing key --sev 1 --private");

        SlackRequests.postJson(SlackEvents.memberLeft("Ev0BOTOUT", FakeSlack.INCIDENT_CHANNEL, FakeSlack.BOT_USER))
                .statusCode(200);
        SlackRequests.postJson(SlackEvents.groupLeft("Ev0GROUPLEFT", FakeSlack.INCIDENT_CHANNEL)).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !posts(MEMBER).isEmpty());
        assertThat(posts(MEMBER)).singleElement().satisfies(text -> assertThat(text)
                .contains("I was removed from the private channel of INC-").contains("/invite @hikeshi"));

        // Invited back, then removed again: told again.
        SlackRequests.postJson(SlackEvents.memberJoined("Ev0BOTBACK", FakeSlack.INCIDENT_CHANNEL,
                FakeSlack.BOT_USER)).statusCode(200);
        SlackRequests.postJson(SlackEvents.groupLeft("Ev0GROUPLEFT2", FakeSlack.INCIDENT_CHANNEL)).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> posts(MEMBER).size() == 2);
    }

    @Test
    void aPublicIncidentWhoseChannelIsOpenCannotBeMadePrivate() {
        declareAndWait("Checkout errors --sev 2");

        inIncidentChannel("private").statusCode(200)
                .body(containsString("can no longer be made private"))
                .body(containsString("--private"));
        assertThat(db.value("select private_incident from incident")).isEqualTo(false);
    }

    @Test
    void onlyTheCommanderMakesAPrivateIncidentPublicAndOnlyAfterConfirming() {
        declareAndWait("Leaked signing key --sev 1 --private");
        String reference = "INC-" + db.value("select id from incident");

        SlackRequests.postForm(slashCommand("public", "t-" + UUID.randomUUID(), FakeSlack.INCIDENT_CHANNEL)
                        .replace("user_id=" + MEMBER, "user_id=" + OUTSIDER)).statusCode(200)
                .body(containsString("Only the commander of " + reference));
        inIncidentChannel("public").statusCode(200)
                .body(containsString("Make " + reference + " public?"))
                .body(containsString(PrivacyCommandIds.MAKE_PUBLIC))
                .body(containsString("\"confirm\""));
        assertThat(db.value("select private_incident from incident")).isEqualTo(true);

        // A click by someone else changes nothing.
        postForm(SlackRequests.interaction(BlockClick.by(OUTSIDER).onEphemeral(true).of(makePublic())))
                .statusCode(200);
        assertThat(db.value("select private_incident from incident")).isEqualTo(true);

        postForm(SlackRequests.interaction(BlockClick.by(MEMBER).onEphemeral(true).of(makePublic())))
                .statusCode(200);
        assertThat(db.value("select private_incident from incident")).isEqualTo(false);
        list(OUTSIDER).body(containsString("Leaked signing key"));
        await().atMost(Duration.ofSeconds(10)).until(() -> posts("CANNOUNCE").size() == 1);
        assertThat(posts("CANNOUNCE").get(0)).contains("Leaked signing key").contains("Join");
        await().atMost(Duration.ofSeconds(10)).until(() -> posts(FakeSlack.INCIDENT_CHANNEL).stream()
                .anyMatch(text -> text.contains("public")));
        assertThat(db.rows("select id, text from timeline_entry").stream().map(row -> String.valueOf(row[1])))
                .anyMatch(text -> text.contains("Made public"));
    }

    private String makePublic() {
        return "{\"type\":\"button\",\"action_id\":\"" + PrivacyCommandIds.MAKE_PUBLIC + "\",\"block_id\":\"b1\","
                + "\"value\":\"" + db.value("select id from incident") + "\",\"action_ts\":\"1.1\"}";
    }

    /** {@code /incident list} typed by {@code user} in another channel. */
    private static ValidatableResponse list(String user) {
        return postForm(slashCommand("list").replace("user_id=" + MEMBER, "user_id=" + user)).statusCode(200);
    }

    private String home(String user) {
        return slack.forms("views.publish").stream().filter(form -> user.equals(form.get("user_id")))
                .map(form -> FakeSlack.text(form.get("view"))).findFirst().orElseThrow();
    }

    /** The texts (blocks flattened, else text) of messages posted in a channel or sent to a user. */
    private List<String> posts(String channel) {
        return slack.forms("chat.postMessage").stream().filter(form -> channel.equals(form.get("channel")))
                .map(PrivateIncidentsTest::textOf).toList();
    }

    private String cardText() {
        return posts(FakeSlack.INCIDENT_CHANNEL).stream().filter(text -> text.contains("Commander")).findFirst()
                .orElseThrow();
    }

    private static String textOf(Map<String, String> form) {
        return form.get("blocks") != null ? FakeSlack.text(form.get("blocks")) : String.valueOf(form.get("text"));
    }

    /** The action id of the "Make public" button, as Slack sends it back. */
    private static final class PrivacyCommandIds {
        static final String MAKE_PUBLIC = "make_incident_public";
    }
}
