package io.hikeshi.slack;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.outbox.OutboxWorker;
import io.hikeshi.support.CapturedLog;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hostile session through the real edges (slash commands, the declare form, channel messages), with the model and
 * Slack failing on the way, leaves no user text in the log: every record, its parameters and every exception in
 * it, with the app's own loggers at DEBUG, are searched for the strings that were typed.
 */
@QuarkusTest
class HostileSessionLogTest extends SlackFlowTest {

    static final String MARKER = "zq7HOSTILEmarker";
    static final String AWS_KEY = "AK" + "IAZQ7HOSTILE0001";
    static final String HOSTILE = MARKER + " " + AWS_KEY + " <!channel>";

    @Inject
    OutboxWorker worker;

    @Test
    void noTypedTextReachesTheLog() {
        List<String> lines;
        List<Integer> statuses = new ArrayList<>();
        try (CapturedLog log = CapturedLog.attach()) {
            FakeLlm.install(new WireMock(wiremockPort));
            // A provider that quotes the prompt back in its error, as some do.
            FakeLlm.answer(call -> new FakeLlm.Reply(400, "{\"error\":{\"message\":\"cannot process: "
                    + call.user().replace("\"", "'").replace("\n", " ") + "\"}}", Duration.ZERO));
            declareAndWait(HOSTILE + " checkout down --sev 2");
            slack.answerStatus("chat.update", 500, null);
            slack.answer("chat.postMessage", "{\"ok\":false,\"error\":\"invalid_blocks\"}");
            for (String command : List.of("update " + HOSTILE, "note " + HOSTILE, "action " + HOSTILE,
                    "status identified " + HOSTILE, "started " + HOSTILE, "role " + HOSTILE + " @nobody",
                    "commander " + HOSTILE, "runbook " + HOSTILE, "severity " + HOSTILE, "summary " + HOSTILE,
                    "postmortem " + HOSTILE, "timeline " + HOSTILE, HOSTILE, "declare \"" + HOSTILE,
                    "update " + HOSTILE + " " + "x".repeat(40_000), "note " + HOSTILE + " \u0007",
                    "summary public", "resolve " + HOSTILE, "postmortem")) {
                statuses.add(inIncidentChannel(command).extract().statusCode());
            }
            postJson(SlackEvents.message("Ev-hostile", FakeSlack.INCIDENT_CHANNEL, "U1", "1700000100.000100", null,
                    HOSTILE + " in the channel")).statusCode(200);
            postForm(interaction(SlackRequests.declareFormSubmission("V-hostile", MARKER + " " + AWS_KEY, "SEV2",
                    HOSTILE.replace("<", "&lt;") + " " + "d".repeat(4000), false))).statusCode(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> !FakeLlm.calls().isEmpty() && worker.idle());
            lines = log.lines();
        }
        assertThat(lines).as("the session was logged at all").isNotEmpty();
        assertThat(lines).noneMatch(line -> line.contains(MARKER) || line.contains("HOSTILE")
                || line.contains(AWS_KEY) || line.contains("<!channel>") || line.contains("xxxxxxxxxx"));
        assertThat(statuses).as("never a 500").containsOnly(200);
    }
}
