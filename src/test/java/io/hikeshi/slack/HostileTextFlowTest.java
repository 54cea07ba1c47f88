package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.hikeshi.outbox.OutboxWorker;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.HostileText;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole incident typed by someone hostile: a SEV1 declared with a hostile title (so stakeholders are notified), then
 * every hostile string of {@link HostileText} in an update, a note, an action item and status messages, a new
 * commander, the home tab, a resolve, and the declare form. Nothing Slack was sent, by any Web API method, nor any answer to a command, holds a live
 * broadcast, mention, channel link, date or disguised link from that text, nor a hidden character; the mentions the
 * bot means are there.
 */
@QuarkusTest
class HostileTextFlowTest extends SlackFlowTest {

    private static final String TITLE = "<!channel> {^S0ALLENG} {@U0CEO} <https://evil.example|click here> *db*"
            + " \u202Edown\u202C da\u200Btabase <!subteam^S0ALLENG|@eng>";
    private static final String NEW_COMMANDER = "U0BOB";

    @Inject
    OutboxWorker outbox;

    @Test
    void nothingTypedBecomesLiveMarkupAnywhereTheBotWrites() {
        List<String> answers = new ArrayList<>();
        answers.add(SlackRequests.postForm(SlackRequests.slashCommand("declare " + TITLE + " --sev 1"))
                .statusCode(200).extract().asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        // The whole corpus in one text per command keeps it quick; action items hold 500 characters, so a few.
        List<String> cut = HostileText.CORPUS.stream().map(t -> t.length() > 300 ? t.substring(0, 300) : t).toList();
        String hostile = String.join(" ", cut);
        for (String command : List.of("update ", "note ", "status monitoring ", "status identified ")) {
            answers.add(inIncidentChannel(command + hostile).statusCode(200).extract().asString());
        }
        for (String items : packed(cut, 450)) {
            answers.add(inIncidentChannel("action " + items + " me").statusCode(200).extract().asString());
        }
        answers.add(inIncidentChannel("commander <@" + NEW_COMMANDER + "|bob>").statusCode(200).extract().asString());
        answers.add(inIncidentChannel("timeline").statusCode(200).extract().asString());
        answers.add(inIncidentChannel("actions").statusCode(200).extract().asString());
        SlackRequests.postJson(homeOpened()).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("views.publish").size() == 1);
        answers.add(inIncidentChannel("resolve " + TITLE).statusCode(200).extract().asString());
        answers.add(inIncidentChannel("").statusCode(200).extract().asString());
        await().atMost(Duration.ofSeconds(60)).until(() -> slack.calls("files.completeUploadExternal").size() == 1
                && outbox.idle());
        // The declare form too: its confirmation view, and a second incident's card, topic and announcement.
        answers.add(SlackRequests.postForm(SlackRequests.interaction(SlackRequests.declareFormSubmission("V-hostile", TITLE,
                "SEV2", "<!here> {@U0CEO} <https://evil.example|x>", false))).statusCode(200).extract().asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> slack.calls("pins.add").size() == 2 && outbox.idle());
        assertThat(db.count("action_item")).isEqualTo(packed(cut, 450).size());
        assertThat(db.count("incident_update where kind = 'UPDATE'")).isEqualTo(1);

        List<String> live = new ArrayList<>();
        for (LoggedRequest call : slack.allCalls()) {
            HostileText.strings(call.getBodyAsString()).forEach(value -> HostileText.liveIn(value)
                    .forEach(piece -> live.add(call.getUrl() + ": " + piece)));
        }
        answers.forEach(answer -> HostileText.strings(answer).forEach(value -> HostileText.liveIn(value)
                .forEach(piece -> live.add("answer to a command: " + piece))));
        assertThat(live).isEmpty();

        assertIntendedMentionsAreLive();
    }

    private static String homeOpened() {
        return """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback",
                 "event_id":"Ev0HOSTILE","event_time":%d,
                 "event":{"type":"app_home_opened","user":"UVIEWER","channel":"DHOME","tab":"home","event_ts":"1.2"},
                 "authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}]}
                """.formatted(Instant.now().getEpochSecond());
    }

    /** The texts joined by spaces into as few pieces of at most {@code max} characters as come in order. */
    private static List<String> packed(List<String> texts, int max) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String text : texts) {
            if (piece.length() > 0 && piece.length() + 1 + text.length() > max) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.length() > 0 ? " " : "").append(text);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private void assertIntendedMentionsAreLive() {
        List<Map<String, String>> posts = slack.forms("chat.postMessage");
        List<String> inIncident = posts.stream().filter(f -> FakeSlack.INCIDENT_CHANNEL.equals(f.get("channel")))
                .map(f -> f.get("text")).toList();
        assertThat(inIncident).anySatisfy(text -> assertThat(text).startsWith("<!subteam^S0ONCALL> — you are"))
                .anySatisfy(text -> assertThat(text).contains("*Update* — ").endsWith("(<@" + SlackRequests.DECLARER
                        + ">)"))
                .anySatisfy(text -> assertThat(text).startsWith("<@" + NEW_COMMANDER + "> is now the *commander*")
                        .contains("Thank you, <@" + SlackRequests.DECLARER + ">."));
        assertThat(posts).filteredOn(f -> "CSTAKEHOLDERS".equals(f.get("channel")))
                .singleElement().satisfies(f -> assertThat(f.get("text")).contains("&lt;!channel&gt;")
                        .endsWith("follow it in <#" + FakeSlack.INCIDENT_CHANNEL + ">"));
        assertThat(posts).filteredOn(f -> "CANNOUNCE".equals(f.get("channel")) && f.get("thread_ts") == null)
                .hasSize(2).allSatisfy(f -> assertThat(f.get("text")).contains("&lt;!channel&gt; {^S0ALLENG}"));
        assertThat(slack.forms("chat.update")).anySatisfy(f -> assertThat(FakeSlack.text(f.get("blocks")))
                .contains("*Commander*\n<@" + NEW_COMMANDER + ">"));
        assertThat(slack.forms("conversations.setTopic")).allSatisfy(f -> assertThat(f.get("topic"))
                .contains("&lt;!channel&gt;").doesNotContain("\u202E"));
    }
}
