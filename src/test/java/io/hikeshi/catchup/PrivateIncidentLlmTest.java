package io.hikeshi.catchup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.postmortem.NarrativeSection;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With an LLM configured, no model reads a private incident (hikeshi.private.llm is false by default): its catch-up
 * and its postmortem narrative are the labelled automatic versions, and the fake model receives nothing. A public
 * incident in the same setup does reach the model, so the fake is really listening.
 */
@QuarkusTest
class PrivateIncidentLlmTest extends SlackFlowTest {

    private static final String REPLY_PATH = "/response/private-catch-up";

    private WireMock wiremock;

    @BeforeEach
    void fakeLlm() {
        wiremock = new WireMock(wiremockPort);
        FakeLlm.install(wiremock);
        wiremock.register(post(urlEqualTo(REPLY_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        slack.answer("users.info", "{\"ok\":true,\"user\":{\"id\":\"U1\",\"name\":\"alice\",\"profile\":"
                + "{\"display_name\":\"alice\"}}}");
    }

    @Test
    void aPrivateIncidentsCatchUpAndPostmortemAreMadeWithoutTheModel() {
        declareAndWait("Leaked signing key --sev 2 --private");
        say("1700000001.000100", "The signing key was in a public gist since 09:40");

        summary();
        String answer = privateAnswers(1);
        assertThat(answer).contains("the LLM is off for private incidents").contains("The signing key was in a public");

        inIncidentChannel("resolve Key rotated").statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("postmortem_version") == 1);
        assertThat((String) db.value("select markdown from postmortem_version")).contains("Leaked signing key")
                .doesNotContain(NarrativeSection.AI_MARK);
        assertThat(FakeLlm.callsBesidesLabels()).isEmpty();
    }

    @Test
    void aPublicIncidentsCatchUpStillUsesTheModel() {
        declareAndWait("Checkout errors --sev 2");
        say("1700000001.000100", "Checkout returns 500 since 10:02");

        summary();
        privateAnswers(1);
        assertThat(FakeLlm.calls()).isNotEmpty();
    }

    private static void say(String ts, String text) {
        SlackRequests.postJson(SlackEvents.message("Ev" + UUID.randomUUID(), FakeSlack.INCIDENT_CHANNEL, "U1", ts,
                null, text)).statusCode(200);
    }

    private void summary() {
        SlackRequests.postForm(SlackRequests.slashCommand("summary", "trigger-" + UUID.randomUUID(),
                        FakeSlack.INCIDENT_CHANNEL)
                .replace(URLEncoder.encode("https://hooks.slack.com/commands/T1/1/abc", StandardCharsets.UTF_8),
                        URLEncoder.encode("http://localhost:" + wiremockPort + REPLY_PATH, StandardCharsets.UTF_8)))
                .statusCode(200);
    }

    private String privateAnswers(int expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> wiremock.find(postRequestedFor(urlEqualTo(REPLY_PATH)))
                .size() >= expected);
        return wiremock.find(postRequestedFor(urlEqualTo(REPLY_PATH))).get(expected - 1).getBodyAsString();
    }
}
