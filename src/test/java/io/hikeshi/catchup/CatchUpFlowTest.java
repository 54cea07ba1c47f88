package io.hikeshi.catchup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.FakeLlm;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;

/** Base of the catch-up tests: a declared incident, the fake LLM, and a place for private answers to land. */
abstract class CatchUpFlowTest extends SlackFlowTest {

    static final String REPLY_PATH = "/response/catch-up";

    @ConfigProperty(name = "quarkus.wiremock.devservices.port")
    int port;

    WireMock wiremock;

    @BeforeEach
    void incidentWithFakeLlm() {
        wiremock = new WireMock(port);
        FakeLlm.install(wiremock);
        wiremock.register(post(urlEqualTo(REPLY_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        slack.answer("users.info", "{\"ok\":true,\"user\":{\"id\":\"U1\",\"name\":\"alice\",\"real_name\":\"Alice"
                + " Liddell\",\"profile\":{\"display_name\":\"alice\"}}}");
        declareAndWait("Checkout API returning 500s --sev 2");
    }

    /** A person writes in the incident channel. */
    static void say(String ts, String text) {
        say(ts, null, text);
    }

    static void say(String ts, String threadTs, String text) {
        SlackRequests.postJson(SlackEvents.message("Ev" + UUID.randomUUID(), FakeSlack.INCIDENT_CHANNEL, "U1", ts,
                threadTs, text)).statusCode(200);
    }

    /** {@code /incident summary [public]} typed in the incident channel, its private answer sent to WireMock. */
    ValidatableResponse summary(String arguments) {
        String command = SlackRequests.slashCommand(("summary " + arguments).strip(), "trigger-" + UUID.randomUUID(),
                        FakeSlack.INCIDENT_CHANNEL)
                .replace(URLEncoder.encode("https://hooks.slack.com/commands/T1/1/abc", StandardCharsets.UTF_8),
                        URLEncoder.encode("http://localhost:" + port + REPLY_PATH, StandardCharsets.UTF_8));
        return SlackRequests.postForm(command);
    }

    /** The private answers that replaced "working on it", once there are {@code expected} of them. */
    List<String> privateAnswers(int expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> wiremock.find(postRequestedFor(urlEqualTo(REPLY_PATH)))
                .size() >= expected);
        return wiremock.find(postRequestedFor(urlEqualTo(REPLY_PATH))).stream().map(r -> r.getBodyAsString()).toList();
    }
}
