package io.hikeshi.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.FakeSlackServer;
import io.hikeshi.support.FreshWorkspace;
import io.hikeshi.support.PackagedApp;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInfo;

/**
 * The packaged app with one incident's Slack calls hanging, and killed with SIGKILL in the middle of a call: other
 * incidents' side effects go on, and the killed call's entry is taken over once its claim runs out. Prints the
 * measured delays (the README quotes them); asserts what happened and in which order, not how fast.
 */
class OutboxLanesIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    @RegisterExtension
    static final FakeSlackServer SLACK_API = new FakeSlackServer();

    private FakeSlack slack;
    private PackagedApp app;

    @BeforeEach
    void setUp(TestInfo test) {
        String name = test.getTestMethod().orElseThrow().getName();
        slack = SLACK_API.reset();
        Map<String, String> env = new HashMap<>(FreshWorkspace.databaseEnv("lanes"));
        env.put("HIKESHI_ANNOUNCE_CHANNEL", "CANNOUNCE");
        app = new PackagedApp(FreshWorkspace.directory("lanes-it", name), SLACK_API.apiUrl(), env);
    }

    @AfterEach
    void stopApp() {
        app.close();
    }

    @Test
    void aHungCardPostOfOneIncidentDelaysAnotherByNoMoreThanItsOwnWork() {
        channelFor("walrus", "CWALRUS");
        channelFor("yak", "CYAK");
        channelFor("antelope", "CANTELOPE");
        channelFor("zebra", "CZEBRA");
        // Incident A's card post hangs for 20 s (Slack's client gives up after 15 s, then the entry is retried).
        slack.stub(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=CANTELOPE"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"CANTELOPE\",\"ts\":\"1700000000.000100\"}")
                        .withFixedDelay(20_000)));
        start();

        // A baseline first, nothing hanging, after one declare that warms the JVM up.
        declareAndTime("Walrus ingest lagging", "CWALRUS", "Walrus");
        Steps baseline = declareAndTime("Yak shaving stalled", "CYAK", "Yak");
        postForm(slashCommand("declare Antelope feed stuck")).statusCode(200);
        await("A's card post hangs in Slack").atMost(SETTLE).until(() -> posts("CANTELOPE").size() == 1);
        Steps whileHung = declareAndTime("Zebra crossing down", "CZEBRA", "Zebra");

        assertThat(pins("CANTELOPE")).as("A is still waiting for Slack when B is done").isEmpty();
        System.out.printf("[lanes] an incident's side effects after its declare was sent, nothing hanging: %s%n",
                baseline);
        System.out.printf("[lanes] B's side effects after its declare was sent, A's chat.postMessage hanging: %s%n",
                whileHung);
        System.out.printf("[lanes] B's extra delay while A hangs: announcement %+d ms%n",
                whileHung.announced().toMillis() - baseline.announced().toMillis());
    }

    @Test
    void anEntryClaimedByAKilledProcessIsTakenOverWithinTheLease() {
        slack.stub(post(urlEqualTo("/api/conversations.create"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"CLOST\",\"creator\":\"UBOT\"}}")
                        .withFixedDelay(30_000)));
        start();
        postForm(slashCommand("declare Checkout API returning 500s --sev 2")).statusCode(200);
        await("conversations.create reaches Slack").atMost(SETTLE)
                .until(() -> slack.calls("conversations.create").size() == 1);
        String name = slack.forms("conversations.create").get(0).get("name");

        Instant killed = Instant.now();
        app.kill();
        // Slack created the channel, but the process died before hearing so.
        slack.answer("conversations.create", "{\"ok\":false,\"error\":\"name_taken\"}");
        slack.answer("conversations.list", "{\"ok\":true,\"channels\":[{\"id\":\"CMINE\",\"name\":\"" + name
                + "\",\"creator\":\"" + FakeSlack.BOT_USER + "\",\"created\":" + Instant.now().getEpochSecond()
                + "}],\"response_metadata\":{\"next_cursor\":\"\"}}");
        start();
        Instant ready = Instant.now();

        await("the entry is taken over").atMost(SETTLE).until(() -> slack.calls("conversations.create").size() == 2);
        Instant takenOver = slack.calls("conversations.create").get(1).getLoggedDate().toInstant();
        await("card pinned in the adopted channel").atMost(SETTLE).until(() -> pins("CMINE").size() == 1);
        assertThat(slack.calls("pins.add")).hasSize(1);
        System.out.printf("[lanes] takeover after kill -9: %d ms after the kill, %d ms after the restarted app was"
                + " ready (restart took %d ms; lease 10 s)%n", Duration.between(killed, takenOver).toMillis(),
                Duration.between(ready, takenOver).toMillis(), Duration.between(killed, ready).toMillis());
    }

    /** How long after its declare was sent an incident got its channel, its card and its announcement. */
    record Steps(Duration channel, Duration card, Duration announced) {
        @Override
        public String toString() {
            return "channel +%d ms, card +%d ms, announced +%d ms".formatted(channel.toMillis(), card.toMillis(),
                    announced.toMillis());
        }
    }

    private Steps declareAndTime(String title, String channel, String word) {
        Instant sent = Instant.now();
        postForm(slashCommand("declare " + title)).statusCode(200);
        await(title + " announced").atMost(SETTLE).until(() -> announcement(word).isPresent()
                && !pins(channel).isEmpty());
        Instant created = slack.calls("conversations.create").stream()
                .filter(call -> call.getBodyAsString().contains(word.toLowerCase())).findFirst().orElseThrow()
                .getLoggedDate().toInstant();
        return new Steps(Duration.between(sent, created),
                Duration.between(sent, posts(channel).get(0).getLoggedDate().toInstant()),
                Duration.between(sent, announcement(word).get().getLoggedDate().toInstant()));
    }

    private void channelFor(String word, String channelId) {
        slack.stub(post(urlEqualTo("/api/conversations.create")).withRequestBody(containing(word))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"" + channelId + "\",\"creator\":\"UBOT\"}}")));
    }

    private Optional<LoggedRequest> announcement(String word) {
        return slack.calls("chat.postMessage").stream().filter(call -> call.getBodyAsString()
                .contains("channel=CANNOUNCE") && call.getBodyAsString().contains(word)).findFirst();
    }

    private List<LoggedRequest> posts(String channel) {
        return slack.calls("chat.postMessage").stream()
                .filter(call -> call.getBodyAsString().contains("channel=" + channel)).toList();
    }

    private List<LoggedRequest> pins(String channel) {
        return slack.calls("pins.add").stream()
                .filter(call -> call.getBodyAsString().contains("channel=" + channel)).toList();
    }

    private void start() {
        app.start();
        RestAssured.port = app.port();
    }
}
