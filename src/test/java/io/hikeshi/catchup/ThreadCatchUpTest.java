package io.hikeshi.catchup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hikeshi.support.MessageShortcuts.replies;
import static io.hikeshi.support.MessageShortcuts.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.MessageShortcuts;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Summarize thread" on any message: the same catch-up pipeline as incidents, sent to the clicker by DM. */
@QuarkusTest
class ThreadCatchUpTest extends ThreadCatchUpFlowTest {

    @Test
    void aThreadOfFiveThousandRepliesIsReadWholeAndCaughtUpByMapReduce() throws Exception {
        int replies = 5_000;
        int pageSize = 200;
        for (int page = 0; page * pageSize <= replies; page++) {
            ObjectNode[] messages = new ObjectNode[Math.min(pageSize, replies + 1 - page * pageSize)];
            for (int i = 0; i < messages.length; i++) {
                int n = page * pageSize + i;
                messages[i] = reply(ts(n), ROOT, "U" + (n % 7), n == 0 ? "checkout 5xx since 14:02"
                        : n == 42 ? "the token is " + CatchUpRedactionTest.SLACK_TOKEN : "step " + n + " checked");
            }
            String next = (page + 1) * pageSize <= replies ? "c" + (page + 1) : null;
            var stub = post(urlEqualTo("/api/conversations.replies"));
            stub = page == 0 ? stub.withRequestBody(notContaining("cursor=")) : stub.withRequestBody(containing(
                    "cursor=c" + page + "&")).atPriority(1);
            if (page == 3) {
                // Slack asks to slow down once in the middle; the same page is asked again after Retry-After.
                slack.stub(post(urlEqualTo("/api/conversations.replies")).withRequestBody(containing("cursor=c3&"))
                        .atPriority(1).inScenario("slow down").whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("again").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
                stub = stub.inScenario("slow down").whenScenarioStateIs("again");
            }
            slack.stub(stub.willReturn(okJson(replies(next, messages))));
        }

        click("1795300000.004000", ROOT);

        await().atMost(Duration.ofSeconds(60)).until(() -> directMessages().size() == 1);
        assertThat(slack.calls("conversations.replies")).hasSize(27); // 26 pages and the one asked again
        TreeSet<Integer> read = new TreeSet<>();
        FakeLlm.calls().stream().filter(c -> c.system().contains("You catch up someone on a Slack thread"))
                .forEach(c -> read.addAll(FakeLlm.numbersIn(c.user())));
        assertThat(read).hasSize(replies + 1).contains(1, replies + 1);
        assertThat(FakeLlm.calls().size()).isGreaterThan(2);
        assertThat(FakeLlm.calls()).allSatisfy(c -> assertThat(c.user()).doesNotContain(CatchUpRedactionTest.SLACK_TOKEN)
                .doesNotContain("<@"));
        assertThat(FakeLlm.calls()).allSatisfy(c -> assertThat(c.body()).doesNotContain("\"tools\""));

        Map<String, String> dm = directMessages().get(0);
        String shown = FakeSlack.text(dm.get("blocks"));
        assertThat(shown).contains("AI-generated").contains("from 5001 messages").contains("Status and impact")
                .contains("Roll back the deploy.").doesNotContain("Roles");
        assertThat(JSON.readTree(dm.get("blocks")).toString())
                .contains("https://acme.slack.com/archives/" + CHANNEL + "/p1795300000000000|[1]")
                .contains("?thread_ts=" + ROOT).contains("cid=" + CHANNEL);
        assertThat(dm).containsEntry("unfurl_links", "0").containsEntry("unfurl_media", "0");
        assertThat(db.count("thread_catch_up where requested_by = '" + CLICKER + "' and channel_id = '" + CHANNEL
                + "' and thread_ts = '" + ROOT + "' and outcome = 'ai' and messages_read = 5001"
                + " and finished_at is not null")).isEqualTo(1);
        assertThat(JSON.readTree(privateAnswers().get(0)).get("text").asText())
                .contains("the catch-up will come as a direct message");
    }

    @Test
    void whenTheModelFailsTheAutomaticCatchUpIsSentLabelled() {
        FakeLlm.answer(call -> FakeLlm.Reply.status(500));
        slack.answer("conversations.replies", replies(null, reply(ROOT, ROOT, null, "[FIRING] disk 91% on db-2"),
                reply("1795300000.000100", ROOT, "UALICE", "cleaning old WAL files <!here>")));

        click(ROOT, null);

        await().atMost(Duration.ofSeconds(60)).until(() -> directMessages().size() == 1);
        String shown = FakeSlack.text(directMessages().get(0).get("blocks"));
        assertThat(shown).contains("Automatic catch-up, not AI").contains("the AI catch-up failed")
                .contains("How it started").contains("[FIRING] disk 91% on db-2").contains("cleaning old WAL files");
        assertThat(directMessages().get(0).get("blocks")).doesNotContain("<!here>");
        assertThat(db.count("thread_catch_up where outcome = 'automatic' and messages_read = 2")).isEqualTo(1);
    }

    @Test
    void inAChannelWithoutTheBotTheClickerIsToldHowToAddIt() throws Exception {
        slack.answer("conversations.replies", "{\"ok\":false,\"error\":\"not_in_channel\"}");

        click(ROOT, null);

        await().atMost(Duration.ofSeconds(10)).until(() -> privateAnswers().size() == 1);
        assertThat(JSON.readTree(privateAnswers().get(0)).get("text").asText()).contains("`/invite @hikeshi`")
                .contains("cannot read this thread");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("thread_catch_up where outcome = 'not_in_channel'")
                == 1);
        assertThat(directMessages()).isEmpty();
        assertThat(FakeLlm.calls()).isEmpty();
    }

    private static String ts(int n) {
        return "1795300000." + String.format("%06d", n);
    }
}
