package io.hikeshi.transcript;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the bot joins an incident channel, what was said before is read from history: paged, threads, rate limits. */
@QuarkusTest
class TranscriptBackfillTest extends SlackFlowTest {

    @Test
    void historyAndThreadsAreReadPageByPageHonouringRateLimits() {
        declareAndWait("Kafka consumer lag");
        // Page 1 is rate-limited once, then answered; it points to page 2.
        slack.stub(post(urlEqualTo("/api/conversations.history")).inScenario("history")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        slack.stub(post(urlEqualTo("/api/conversations.history")).inScenario("history")
                .whenScenarioStateIs("limited").withRequestBody(containing("channel=" + FakeSlack.INCIDENT_CHANNEL))
                .willReturn(okJson("""
                        {"ok":true,"has_more":true,"response_metadata":{"next_cursor":"page2"},"messages":[
                         {"type":"message","user":"U1","text":"Lag is 2 million","ts":"1700000001.000100",
                          "thread_ts":"1700000001.000100","reply_count":1,"latest_reply":"1700000002.000100"},
                         {"type":"message","subtype":"channel_join","user":"U3","text":"joined","ts":"1700000001.000500"},
                         {"type":"message","subtype":"bot_message","bot_id":"B1","text":"card","ts":"1700000001.000600"}]}
                        """)));
        slack.stub(post(urlEqualTo("/api/conversations.history")).inScenario("history")
                .whenScenarioStateIs("limited").withRequestBody(containing("cursor=page2"))
                .willReturn(okJson("""
                        {"ok":true,"has_more":false,"messages":[
                         {"type":"message","user":"U2","text":"Edited text","ts":"1700000000.000100",
                          "edited":{"user":"U2","ts":"1700000003.000000"}}]}
                        """)));
        slack.answer("conversations.replies", """
                {"ok":true,"has_more":false,"messages":[
                 {"type":"message","user":"U1","text":"Lag is 2 million","ts":"1700000001.000100","thread_ts":"1700000001.000100"},
                 {"type":"message","user":"U2","text":"Restarted consumers","ts":"1700000002.000100","thread_ts":"1700000001.000100"}]}
                """);

        SlackRequests.postJson(SlackEvents.memberJoined("EvJOIN1", FakeSlack.INCIDENT_CHANNEL, FakeSlack.BOT_USER))
                .statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> db.count("transcript_message") == 3
                && db.count("outbox_entry where kind = 'backfill_transcript' and state <> 'DONE'") == 0);
        assertThat(db.count("transcript_message where ts = '1700000002.000100' and thread_ts = '1700000001.000100'"))
                .isEqualTo(1);
        assertThat(db.count("transcript_message where ts = '1700000000.000100' and text = 'Edited text'"
                + " and edited_ts = '1700000003.000000'")).isEqualTo(1);
        assertThat(slack.calls("conversations.history")).hasSize(3);
        assertThat(slack.calls("conversations.replies")).hasSize(1);
    }
}
