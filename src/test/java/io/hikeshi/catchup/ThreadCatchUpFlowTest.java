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

/** Base of the thread catch-up tests: the fake LLM, a reply address for private answers, a signed shortcut. */
abstract class ThreadCatchUpFlowTest extends SlackFlowTest {

    static final String CHANNEL = "CALERTS01";
    static final String ROOT = "1795300000.000000";
    static final String CLICKER = "UREADER";
    static final String REPLY_PATH = "/response/thread-catch-up";
    static final ObjectMapper JSON = new ObjectMapper();

    WireMock wiremock;

    @BeforeEach
    void fakes() {
        wiremock = new WireMock(wiremockPort);
        FakeLlm.install(wiremock);
        wiremock.register(post(urlEqualTo(REPLY_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    void click(String ts, String threadTs) {
        SlackRequests.postForm(MessageShortcuts.payload("summarize_thread", CHANNEL, ts, threadTs, "UALICE", "any",
                CLICKER, "http://localhost:" + wiremockPort + REPLY_PATH)).statusCode(200);
    }

    List<Map<String, String>> directMessages() {
        return slack.forms("chat.postMessage").stream().filter(f -> CLICKER.equals(f.get("channel"))).toList();
    }

    List<String> privateAnswers() {
        return wiremock.find(postRequestedFor(urlEqualTo(REPLY_PATH))).stream().map(r -> r.getBodyAsString()).toList();
    }
}
