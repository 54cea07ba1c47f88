package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /incident summary}: private and public catch-ups that cite their sources, cached until a message, an edit or
 * a deletion arrives.
 */
@QuarkusTest
class CatchUpCommandTest extends CatchUpFlowTest {

    @Test
    void aPrivateCatchUpIsAcknowledgedAtOnceThenLinksEachPointToItsMessages() {
        say("1700000001.000100", "Checkout returns 500 for about 20% of users since 10:02");
        say("1700000002.000200", "1700000001.000100", "Rolled back the 10:00 deploy, errors continue");
        say("1700000003.000300", "Next: fail over the payments database");

        summary("").statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("Catching you up on INC-"));

        String answer = privateAnswers(1).get(0);
        assertThat(answer).contains("\"replace_original\":true").contains("AI-generated")
                .contains("Checkout is failing for some users.")
                .contains("https://acme.slack.com/archives/CINC0001/p1700000001000100|[1]")
                .contains("https://acme.slack.com/archives/CINC0001/p1700000003000300|[2]")
                .contains("Roles (from the incident record)").contains("commander: alice")
                .doesNotContain("Try the AI catch-up again");
        FakeLlm.Call call = FakeLlm.calls().get(0);
        assertThat(call.user()).contains("[1] ").contains("[2] ").contains("(reply to [1]) alice: Rolled back")
                .contains("Checkout API returning 500s").contains("Severity: SEV2");
        assertThat(call.body().replace(" ", "")).doesNotContain("\"tools\"").contains("\"model\":\"fake-model\"");
    }

    @Test
    void theSameCatchUpIsReusedUntilSomethingNewIsSaid() {
        say("1700000001.000100", "Checkout returns 500s");
        summary("").statusCode(200);
        privateAnswers(1);
        summary("").statusCode(200);
        privateAnswers(2);
        assertThat(FakeLlm.calls()).hasSize(1);

        say("1700000002.000100", "Failover done, errors dropping");
        summary("").statusCode(200);
        privateAnswers(3);
        assertThat(FakeLlm.calls()).hasSize(2);
    }

    @Test
    void anEditMakesTheNextCatchUpAskTheModelAgain() {
        say("1700000001.000100", "Checkout returns 500s");
        say("1700000002.000100", "Failover of the payments database started");
        summary("").statusCode(200);
        privateAnswers(1);

        String edit = SlackEvents.edited("Ev-edit", FakeSlack.INCIDENT_CHANNEL, "U1", "1700000001.000100",
                "Checkout returns 502s, not 500s", "1700000003.000100");
        SlackRequests.postJson(edit).statusCode(200);
        summary("").statusCode(200);
        privateAnswers(2);
        assertThat(FakeLlm.calls()).hasSize(2);
        assertThat(FakeLlm.calls().get(1).user()).contains("Checkout returns 502s, not 500s")
                .doesNotContain("Checkout returns 500s");

        // Slack sending the same edit again is nothing new.
        SlackRequests.postJson(edit).statusCode(200);
        summary("").statusCode(200);
        privateAnswers(3);
        assertThat(FakeLlm.calls()).hasSize(2);
    }

    @Test
    void aDeletionMakesTheNextCatchUpAskTheModelAgain() {
        say("1700000001.000100", "Checkout returns 500s");
        say("1700000002.000100", "Pasted the wrong dashboard, ignore");
        summary("").statusCode(200);
        privateAnswers(1);

        SlackRequests.postJson(SlackEvents.deleted("Ev-delete", FakeSlack.INCIDENT_CHANNEL, "1700000002.000100",
                "1700000003.000100")).statusCode(200);
        summary("").statusCode(200);
        privateAnswers(2);
        assertThat(FakeLlm.calls()).hasSize(2);
        assertThat(FakeLlm.calls().get(1).user()).contains("Checkout returns 500s")
                .doesNotContain("Pasted the wrong dashboard");

        summary("").statusCode(200);
        privateAnswers(3);
        assertThat(FakeLlm.calls()).hasSize(2);
    }

    @Test
    void publicPostsInTheChannelWithUnfurlingOff() {
        say("1700000001.000100", "Checkout returns 500s");
        summary("public").statusCode(200).body("text", containsString("posted in the channel"));

        await().atMost(Duration.ofSeconds(15)).until(() -> posted().isPresent());
        Map<String, String> form = posted().get();
        assertThat(form).containsEntry("unfurl_links", "0").containsEntry("unfurl_media", "0");
        assertThat(FakeSlack.text(form.get("blocks"))).contains("AI-generated")
                .contains("archives/CINC0001/p1700000001000100");
    }

    @Test
    void anUnknownOptionIsExplained() {
        summary("everything").statusCode(200)
                .body("text", containsString("`everything` is not an option of summary"))
                .body("text", containsString("/incident summary [public]"));
    }

    @Test
    void hallucinatedCitationsAreDroppedWithTheirPoints() {
        say("1700000001.000100", "Checkout returns 500s");
        FakeLlm.answer(call -> FakeLlm.Reply.content("{\"status\":[{\"text\":\"Real point\",\"sources\":[1, 77]},"
                + "{\"text\":\"Invented point\",\"sources\":[42]},{\"text\":\"Unsourced point\",\"sources\":[]}],"
                + "\"tried\":[],\"who\":[],\"questions\":[],\"next\":[]}"));

        String answer = summaryAnswer();
        assertThat(answer).contains("Real point").doesNotContain("Invented point").doesNotContain("Unsourced point")
                .contains("p1700000001000100|[1]").doesNotContain("|[2]");
    }

    private String summaryAnswer() {
        summary("").statusCode(200);
        return privateAnswers(1).get(0);
    }

    private java.util.Optional<Map<String, String>> posted() {
        return slack.forms("chat.postMessage").stream()
                .filter(form -> FakeSlack.INCIDENT_CHANNEL.equals(form.get("channel")) && form.get("blocks") != null
                        && form.get("blocks").contains("Catch-up"))
                .findFirst();
    }
}
