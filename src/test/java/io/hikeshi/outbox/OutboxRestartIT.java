package io.hikeshi.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.postJson;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.FakeSlackServer;
import io.hikeshi.support.FreshWorkspace;
import io.hikeshi.support.PackagedApp;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInfo;

/**
 * The packaged app killed with SIGKILL while declaring an incident, then started again on the same database:
 * the declaration survives and its channel is opened exactly once. Runs on whichever database the jar was built
 * for: the H2 file under the test's data directory, or a schema of its own on the local PostgreSQL.
 */
class OutboxRestartIT {

    private static final String TITLE = "Checkout API returning 500s";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @RegisterExtension
    static final FakeSlackServer SLACK_API = new FakeSlackServer();

    private FakeSlack slack;
    private PackagedApp app;

    @BeforeEach
    void setUp(TestInfo test) throws IOException {
        Path workDir = Path.of("target", "restart-it", test.getTestMethod().orElseThrow().getName());
        deleteRecursively(workDir);
        slack = SLACK_API.reset();
        Map<String, String> env = new HashMap<>(FreshWorkspace.databaseEnv("restart"));
        env.put("HIKESHI_ANNOUNCE_CHANNEL", "CANNOUNCE");
        // An entry claimed by the killed process is taken over once its lease runs out (10 s by default; a live
        // worker renews it while its call is in flight); a shorter one keeps the test quick.
        env.put("HIKESHI_OUTBOX_LEASE", "3s");
        // One worker, so that a worker held up by a hanging call leaves a declaration's entry unclaimed.
        env.put("HIKESHI_OUTBOX_WORKERS", "1");
        app = new PackagedApp(workDir, SLACK_API.apiUrl(), env);
    }

    @AfterEach
    void stopApp() {
        app.close();
    }

    @Test
    void killedWhileSlackCreatesTheChannelResumesInThatChannel() {
        slack.stub(post(urlEqualTo("/api/conversations.create"))
                .willReturn(okJson(channelCreated("CLOST")).withFixedDelay(5_000)));
        start();

        declare();
        await("conversations.create reaches Slack").atMost(SETTLE)
                .until(() -> slack.calls("conversations.create").size() == 1);
        app.kill();
        String name = slack.forms("conversations.create").get(0).get("name");

        // What Slack shows afterwards: it created the channel, but we died before hearing so.
        slack.answer("conversations.create", "{\"ok\":false,\"error\":\"name_taken\"}");
        slack.answer("conversations.list", "{\"ok\":true,\"channels\":[{\"id\":\"CMINE\",\"name\":\"" + name
                + "\",\"creator\":\"" + FakeSlack.BOT_USER + "\",\"created\":" + Instant.now().getEpochSecond()
                + "}],\"response_metadata\":{\"next_cursor\":\"\"}}");
        start();

        awaitCardPinnedAndAnnounced();
        assertThat(slack.forms("conversations.create")).extracting(form -> form.get("name"))
                .hasSize(2).containsOnly(name);
        assertThat(slack.forms("pins.add").get(0)).containsEntry("channel", "CMINE");
        assertThat(slack.forms("chat.postMessage")).extracting(form -> form.get("channel"))
                .containsOnlyOnce("CMINE", "CANNOUNCE");
        assertTheOnlyIncidentIsIn("CMINE");
    }

    @Test
    void killedRightAfterTheAckOpensTheChannelOnceAfterTheRestart() {
        // The only worker is busy publishing a home tab, so the declaration's entry is committed but not yet claimed.
        slack.stub(post(urlEqualTo("/api/views.publish")).willReturn(okJson("{\"ok\":true}").withFixedDelay(10_000)));
        start();
        postJson(homeOpened()).statusCode(200);
        await("worker busy in views.publish").atMost(SETTLE).until(() -> slack.calls("views.publish").size() == 1);

        declare();
        assertThat(slack.calls("conversations.create")).isEmpty();
        app.kill();

        slack.answer("views.publish", "{\"ok\":true}");
        start();

        awaitCardPinnedAndAnnounced();
        await("the interrupted home tab published again").atMost(SETTLE)
                .until(() -> slack.calls("views.publish").size() == 2);
        assertThat(slack.calls("conversations.create")).hasSize(1);
        assertThat(slack.forms("pins.add").get(0)).containsEntry("channel", FakeSlack.INCIDENT_CHANNEL);
        assertThat(slack.forms("chat.postMessage")).extracting(form -> form.get("channel"))
                .containsOnlyOnce(FakeSlack.INCIDENT_CHANNEL, "CANNOUNCE");
        assertTheOnlyIncidentIsIn(FakeSlack.INCIDENT_CHANNEL);
    }

    /** Declares the incident and checks the ack: the declaration is committed before Slack hears back. */
    private static void declare() {
        postForm(slashCommand("declare " + TITLE + " --sev 2")).statusCode(200)
                .body("text", allOf(containsString("declared: " + TITLE), containsString("SEV2")));
    }

    private void start() {
        app.start();
        RestAssured.port = app.port();
    }

    private void awaitCardPinnedAndAnnounced() {
        await("card pinned and declaration announced after the restart").atMost(SETTLE)
                .until(() -> slack.calls("pins.add").size() == 1 && slack.forms("chat.postMessage").stream()
                        .anyMatch(form -> "CANNOUNCE".equals(form.get("channel"))));
    }

    private static void assertTheOnlyIncidentIsIn(String channelId) {
        postForm(slashCommand("list")).statusCode(200)
                .body("text", equalTo("1 open incidents"))
                .body("blocks[1].text.text", allOf(containsString(TITLE), containsString("<#" + channelId + ">")));
    }

    private static String channelCreated(String id) {
        return "{\"ok\":true,\"channel\":{\"id\":\"" + id + "\",\"creator\":\"" + FakeSlack.BOT_USER + "\"}}";
    }

    private static String homeOpened() {
        return """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback",
                 "event_id":"Ev0RESTART","event_time":%d,
                 "event":{"type":"app_home_opened","user":"UVIEWER","channel":"DHOME","tab":"home","event_ts":"1.2"},
                 "authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}]}
                """.formatted(Instant.now().getEpochSecond());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
