package io.hikeshi.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** When the LLM times out, fails or talks nonsense, the user still gets a labelled automatic summary and a retry. */
@QuarkusTest
class CatchUpFallbackTest extends CatchUpFlowTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"timeout", "http 500", "invalid JSON", "wrong shape", "no real citations"})
    void aFailingModelGivesTheLabelledAutomaticSummaryWithARetryButton(String failure) {
        inIncidentChannel("update Payments failing over to the secondary").statusCode(200);
        say("1700000001.000100", "Checkout returns 500s");
        say("1700000002.000100", "Rolled back, no change");
        FakeLlm.answer(call -> switch (failure) {
            case "timeout" -> new FakeLlm.Reply(200, FakeLlm.completion("{}"), Duration.ofSeconds(10));
            case "http 500" -> FakeLlm.Reply.status(500);
            case "invalid JSON" -> FakeLlm.Reply.content("{\"status\": [ {\"text\": \"unterminated}");
            case "wrong shape" -> FakeLlm.Reply.content("Sure! Here is your summary: everything is fine.");
            default -> FakeLlm.Reply.content("{\"status\":[{\"text\":\"Made up\",\"sources\":[99]}],\"tried\":[],"
                    + "\"who\":[],\"questions\":[],\"next\":[]}");
        });

        summary("").statusCode(200);

        String answer = privateAnswers(1).get(0);
        assertThat(answer).contains("Automatic catch-up, not AI").doesNotContain("AI-generated")
                .contains("Latest status update").contains("Payments failing over to the secondary")
                .contains("Roles").contains("commander: alice")
                .contains("Timeline highlights")
                .contains("Most recent messages").contains("alice: Rolled back, no change")
                .contains("p1700000002000100|[")
                .contains("Try the AI catch-up again").contains("catch_up_retry");
        assertThat(answer).contains(switch (failure) {
            case "timeout" -> "did not answer within 5 s";
            case "http 500" -> "answered HTTP 500";
            case "invalid JSON" -> "not valid JSON";
            case "wrong shape" -> "did not answer with a JSON object";
            default -> "cited none of the messages";
        });
    }

    @Test
    void theRetryButtonAsksTheModelAgainAndReplacesTheMessage() {
        say("1700000001.000100", "Checkout returns 500s");
        FakeLlm.answer(call -> FakeLlm.Reply.status(503));
        summary("").statusCode(200);
        assertThat(privateAnswers(1).get(0)).contains("Automatic catch-up");

        FakeLlm.answer(FakeLlm::digestOfWhatWasGiven);
        long incident = ((Number) db.value("select id from incident")).longValue();
        String click = """
                {"type":"block_actions","team":{"id":"T1"},"user":{"id":"U2"},"api_app_id":"A1",
                 "container":{"type":"message","is_ephemeral":true},"trigger_id":"t1",
                 "channel":{"id":"%s"},"response_url":"http://localhost:%d%s",
                 "actions":[{"type":"button","action_id":"catch_up_retry","block_id":"b","value":"%d",
                             "action_ts":"1.2"}]}
                """.formatted(FakeSlack.INCIDENT_CHANNEL, port, REPLY_PATH, incident);
        SlackRequests.postForm(SlackRequests.interaction(click)).statusCode(200);

        assertThat(privateAnswers(2).get(1)).contains("AI-generated").contains("replace_original");
    }

    @Test
    void aChannelNobodyWroteInNeedsNoModel() {
        summary("").statusCode(200);
        assertThat(privateAnswers(1).get(0)).contains("Automatic catch-up, not AI")
                .contains("nobody has written in the channel yet").doesNotContain("Try the AI catch-up again");
        assertThat(FakeLlm.calls()).isEmpty();
    }
}
