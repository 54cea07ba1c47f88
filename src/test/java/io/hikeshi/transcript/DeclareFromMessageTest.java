package io.hikeshi.transcript;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hikeshi.support.MessageShortcuts.replies;
import static io.hikeshi.support.MessageShortcuts.reply;
import static io.hikeshi.support.SlackRequests.postForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.MessageShortcuts;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "Declare incident" message shortcut, from the click to the copied thread and the reply in it. */
@QuarkusTest
class DeclareFromMessageTest extends SlackFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALERTS = "CALERTS01";
    private static final String ROOT = "1795300000.000100";
    private static final String SOURCE = "1795300000.000200";
    private static final String LATER = "1795300000.000300";
    private static final String SOURCE_TEXT = "Checkout is failing for EU <!channel> <@UBOB>\n"
            + "see <https://grafana.example/d/1|dash>";
    private static final String REPLY_PATH = "/response/declare-shortcut";

    private WireMock wiremock;

    @BeforeEach
    void replyAddress() {
        wiremock = new WireMock(wiremockPort);
        wiremock.register(post(urlEqualTo(REPLY_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        FakeLlm.install(wiremock);
    }

    @Test
    void aThreadIsCopiedOnceAndAnsweredEvenWhenClickedAndSubmittedTwice() throws Exception {
        slack.answer("conversations.replies", replies(null,
                reply(ROOT, ROOT, null, "[FIRING] checkout 5xx rate above 5%"),
                reply(SOURCE, ROOT, "UALICE", SOURCE_TEXT),
                reply(LATER, ROOT, "UBOB", "rolling back 4711 <!channel>")));

        click(SOURCE, ROOT, "UALICE", SOURCE_TEXT);
        click(SOURCE, ROOT, "UALICE", SOURCE_TEXT);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("views.open").size() == 2);
        JsonNode view = JSON.readTree(slack.forms("views.open").get(0).get("view"));
        assertThat(view.at("/blocks/0/element/initial_value").asText())
                .isEqualTo("Checkout is failing for EU @channel @UBOB");
        String permalink = "https://acme.slack.com/archives/" + ALERTS + "/p1795300000000200?thread_ts=" + ROOT
                + "&cid=" + ALERTS;
        assertThat(view.at("/blocks/2/element/initial_value").asText()).isEqualTo("> Checkout is failing for EU"
                + " @channel @UBOB\n> see dash (https://grafana.example/d/1)\n\nFrom: " + permalink);

        // The first form submitted twice, then the second form: one incident from one message.
        String first = submission("V1", view);
        postForm(first).statusCode(200);
        postForm(first).statusCode(200);
        postForm(submission("V2", JSON.readTree(slack.forms("views.open").get(1).get("view")))).statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> threadReplies().size() == 1);
        assertThat(db.count("incident")).isEqualTo(1);
        assertThat(db.count("declared_from_message where channel_id = '" + ALERTS + "' and message_ts = '" + SOURCE
                + "' and thread_ts = '" + ROOT + "' and gone = false and permalink = '" + permalink + "'")).isEqualTo(1);
        assertThat(db.count("transcript_message where channel_id = '" + ALERTS + "'")).isEqualTo(3);
        assertThat(db.count("timeline_entry where kind = 'message' and permalink like 'https://acme.slack.com/archives/"
                + ALERTS + "/p%'")).isEqualTo(3);
        assertThat(db.count("timeline_entry where kind = 'message' and text = '[FIRING] checkout 5xx rate above 5%'"
                + " and permalink = 'https://acme.slack.com/archives/" + ALERTS + "/p1795300000000100'")).isEqualTo(1);
        // Two access checks (one per click) and one copy.
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("conversations.replies").size() == 3);

        Map<String, String> answer = threadReplies().get(0);
        assertThat(answer).containsEntry("thread_ts", ROOT);
        assertThat(FakeSlack.text(answer.get("blocks") == null ? "[]" : answer.get("blocks")) + answer.get("text"))
                .contains("INC-").contains("Checkout is failing for EU @channel @UBOB")
                .contains("<#" + FakeSlack.INCIDENT_CHANNEL + ">")
                .doesNotContain("<!channel>").doesNotContain("<@UBOB>");
        // The incident's catch-up reads the copied thread and links its messages where they are.
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        postForm(SlackRequests.slashCommand("summary", "t-summary", FakeSlack.INCIDENT_CHANNEL).replace(
                URLEncoder.encode("https://hooks.slack.com/commands/T1/1/abc", StandardCharsets.UTF_8),
                URLEncoder.encode("http://localhost:" + wiremockPort + REPLY_PATH, StandardCharsets.UTF_8)))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> answers().stream().anyMatch(a -> a.contains("AI-generated")));
        String catchUp = JSON.readTree(answers().stream().filter(a -> a.contains("AI-generated")).findFirst()
                .orElseThrow()).toString();
        assertThat(catchUp).contains("https://acme.slack.com/archives/" + ALERTS + "/p1795300000000100|[1]")
                .contains("https://acme.slack.com/archives/" + ALERTS + "/p1795300000000300?thread_ts=" + ROOT);
        assertThat(FakeLlm.calls().get(0).user()).contains("[FIRING] checkout 5xx rate above 5%")
                .contains("rolling back 4711");

        // Clicking the message again shows the incident instead of a new form.
        click(SOURCE, ROOT, "UALICE", "Checkout is failing");
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("views.open").size() == 3);
        assertThat(slack.forms("views.open").get(2).get("view")).contains("Already declared");
    }

    @Test
    void aMessageDeletedBeforeTheFormIsSubmittedStillDeclaresWithANote() throws Exception {
        slack.answer("conversations.replies", replies(null, reply(ROOT, ROOT, "UBOB", "payments look slow")));
        click(SOURCE, ROOT, "UALICE", "payments timing out");
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("views.open").size() == 1);
        postForm(submission("V3", JSON.readTree(slack.forms("views.open").get(0).get("view")))).statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("declared_from_message where gone = true") == 1);
        assertThat(db.count("incident where title = 'payments timing out'")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'note' and text like '%had been deleted%'")).isEqualTo(1);
        assertThat(db.count("transcript_message where channel_id = '" + ALERTS + "'")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(threadReplies()).isEmpty();
    }

    @Test
    void inAChannelWithoutTheBotTheClickerIsToldHowToAddIt() throws Exception {
        slack.answer("conversations.replies", "{\"ok\":false,\"error\":\"not_in_channel\"}");
        click(SOURCE, null, "UALICE", "checkout down");

        await().atMost(Duration.ofSeconds(10)).until(() -> answers().size() == 1);
        assertThat(slack.calls("views.open")).hasSize(1);
        JsonNode answer = JSON.readTree(answers().get(0));
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).contains("`/invite @hikeshi`").contains("<#" + ALERTS + ">");
    }

    @Test
    void aPrivateIncidentFromAMessageSaysNothingInItsThreadAndNothingToOutsiders() throws Exception {
        slack.answer("conversations.replies", replies(null,
                reply(ROOT, ROOT, null, "[FIRING] admin login from unknown ASN"),
                reply(SOURCE, ROOT, "UALICE", "Someone logged in as admin from abroad")));

        click(SOURCE, ROOT, "UALICE", "Someone logged in as admin from abroad");
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("views.open").size() == 1);
        ObjectNode form = submissionPayload("V1", JSON.readTree(slack.forms("views.open").get(0).get("view")));
        ((ObjectNode) form.at("/view/state/values")).putObject("private").putObject("value")
                .put("type", "checkboxes").putArray("selected_options").addObject().put("value", "private");
        postForm(SlackRequests.interaction(form.toString())).statusCode(200);

        // The thread is copied into the private incident, and nothing is said in the public thread.
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("timeline_entry where kind = 'message'") == 2);
        assertThat(db.value("select private_incident from incident")).isEqualTo(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("outbox_entry where state <> 'DONE'") == 0);
        assertThat(threadReplies()).isEmpty();

        // Someone else clicking the message learns that a private incident started there, and nothing else.
        postForm(MessageShortcuts.payload("declare_from_message", ALERTS, SOURCE, ROOT, "UALICE", "x", "U0OUTSIDER",
                "http://localhost:" + wiremockPort + REPLY_PATH)).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("views.open").size() == 2);
        assertThat(slack.forms("views.open").get(1).get("view")).contains("Already declared").contains("private")
                .doesNotContain("INC-").doesNotContain("admin");
    }

    private void click(String ts, String threadTs, String author, String text) {
        postForm(MessageShortcuts.payload("declare_from_message", ALERTS, ts, threadTs, author, text, "UDECLARER",
                "http://localhost:" + wiremockPort + REPLY_PATH)).statusCode(200);
    }

    private List<Map<String, String>> threadReplies() {
        return slack.forms("chat.postMessage").stream().filter(f -> ALERTS.equals(f.get("channel"))).toList();
    }

    private List<String> answers() {
        return wiremock.find(postRequestedFor(urlEqualTo(REPLY_PATH))).stream().map(r -> r.getBodyAsString()).toList();
    }

    /** The form as Slack submits it: the opened view's metadata, its prefilled values, the default severity. */
    private static String submission(String viewId, JsonNode opened) {
        return SlackRequests.interaction(submissionPayload(viewId, opened).toString());
    }

    private static ObjectNode submissionPayload(String viewId, JsonNode opened) {
        ObjectNode payload = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A1")
                .put("token", "legacy").put("trigger_id", "t-" + viewId + System.nanoTime());
        payload.putObject("team").put("id", "T1").put("domain", "acme");
        payload.putObject("user").put("id", "UDECLARER").put("username", "alice").put("team_id", "T1");
        ObjectNode view = payload.putObject("view").put("id", viewId).put("team_id", "T1").put("type", "modal")
                .put("callback_id", "hikeshi_declare").put("hash", "h1")
                .put("private_metadata", opened.get("private_metadata").asText());
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject("title").putObject("value").put("type", "plain_text_input")
                .put("value", opened.at("/blocks/0/element/initial_value").asText());
        values.putObject("severity").putObject("value").put("type", "radio_buttons").putObject("selected_option")
                .put("value", "SEV2");
        values.putObject("description").putObject("value").put("type", "plain_text_input")
                .put("value", opened.at("/blocks/2/element/initial_value").asText());
        values.putObject("drill").putObject("value").put("type", "checkboxes").putArray("selected_options");
        return payload;
    }
}
