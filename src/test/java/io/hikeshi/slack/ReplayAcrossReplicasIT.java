package io.hikeshi.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.BlockClick;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.FakeSlackServer;
import io.hikeshi.support.PackagedApp;
import io.hikeshi.support.PostgresSchema;
import io.hikeshi.support.SlackRequests;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two packaged replicas on one PostgreSQL schema receive the same signed request at the same moment, as when a
 * replayed or retried request lands on both: every kind acts once, and both copies get the same answer.
 */
@EnabledIfSystemProperty(named = "hikeshi.app.db-kind", matches = "postgresql",
        disabledReason = "needs the PostgreSQL build: mvn verify -Ppostgresql -Dquarkus.datasource.db-kind=postgresql")
class ReplayAcrossReplicasIT {

    private static final String CHANNEL = "CREPLAY";
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @RegisterExtension
    static final FakeSlackServer SLACK_API = new FakeSlackServer();

    private final PostgresSchema db = new PostgresSchema(System.getProperty("hikeshi.it.pg.schema", "hikeshi_multi"));
    private final List<PackagedApp> replicas = new ArrayList<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(2);
    private FakeSlack slack;

    @AfterEach
    void stop() {
        senders.shutdownNow();
        replicas.forEach(PackagedApp::close);
    }

    @Test
    void theSameRequestOnBothReplicasAtOnceActsOnce() throws Exception {
        slack = SLACK_API.reset();
        slack.stub(post(urlEqualTo("/api/conversations.create")).willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\""
                + CHANNEL + "\",\"creator\":\"" + FakeSlack.BOT_USER + "\"}}")));
        slack.answer("conversations.history", "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"user\":\"UAUTHOR\","
                + "\"ts\":\"1795300000.777777\",\"text\":\"Failover done\"}]}");
        slack.answer("chat.getPermalink", "{\"ok\":true,\"permalink\":\"https://acme.slack.com/archives/p1\"}");
        startReplicas();

        bothAtOnce(slashCommand("declare replay-race checkout errors --sev 3", "trigger-declare"), ContentType.URLENC);
        await("incident channel set up").atMost(SETTLE).until(() -> slack.calls("pins.add").size() == 1);

        bothAtOnce(typed("note Rolled back 4711"), ContentType.URLENC);
        bothAtOnce(typed("update Error rate falling"), ContentType.URLENC);
        bothAtOnce(typed("status monitoring Error rate normal"), ContentType.URLENC);
        bothAtOnce(typed("severity sev1"), ContentType.URLENC);
        bothAtOnce(typed("commander <@UBOB|bob>"), ContentType.URLENC);
        bothAtOnce(typed("action Add an alert on queue depth"), ContentType.URLENC);
        bothAtOnce(doneClick(db.strings("select id from action_item").get(0)), ContentType.URLENC);
        bothAtOnce(interaction(shortcut()), ContentType.URLENC);
        bothAtOnce(pushpin(), ContentType.JSON);
        bothAtOnce(homeOpened(), ContentType.JSON);
        bothAtOnce(typed("resolve Config reverted"), ContentType.URLENC);
        await("every side effect performed").atMost(SETTLE)
                .until(() -> db.count("outbox_entry where state = 'PENDING'") == 0);

        assertThat(db.count("incident")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'note'")).as("notes").isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'update'")).as("updates").isEqualTo(1);
        assertThat(db.count("incident_update where text = 'Error rate normal'")).as("status changes").isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'severity'")).as("severity changes").isEqualTo(1);
        assertThat(db.count("role_assignment where user_id = 'UBOB'")).as("commanders").isEqualTo(1);
        assertThat(db.count("action_item")).as("action items").isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'action_item_done'")).as("done clicks").isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'message'")).as("messages on the timeline").isEqualTo(1);
        assertThat(db.count("outbox_entry where kind = 'postmortem_draft'")).as("resolutions").isEqualTo(1);
        assertThat(slack.forms("chat.postMessage")).as("update messages, channel and thread")
                .filteredOn(form -> String.valueOf(form.get("text")).contains("*Update* — Error rate falling"))
                .hasSize(2);
        assertThat(slack.calls("views.publish")).as("home tabs").hasSize(1);
        // One key per request at the edge, except the declare: a declaration keeps only its own key.
        assertThat(db.count("processed_slack_request where request_key like 'slack:%'"))
                .as("one key per request").isEqualTo(11);
    }

    /** Sends the body to both replicas at the same instant; both must answer 200, with the same answer. */
    private void bothAtOnce(String body, ContentType type) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (PackagedApp replica : replicas) {
            answers.add(senders.submit(() -> {
                start.await();
                return SlackRequests.send(replica.port(), body, type, Map.of());
            }));
        }
        HttpResponse<String> first = answers.get(0).get();
        HttpResponse<String> second = answers.get(1).get();
        assertThat(first.statusCode()).as("answer of replica 0 to %s", body).isEqualTo(200);
        assertThat(second.statusCode()).as("answer of replica 1 to %s", body).isEqualTo(200);
        assertThat(second.body()).as("both copies answer alike").isEqualTo(first.body());
    }

    private void startReplicas() throws IOException {
        for (int i = 0; i < 2; i++) {
            Map<String, String> env = new HashMap<>(db.appEnv(i == 0));
            env.put("HIKESHI_ANNOUNCE_CHANNEL", "CANNOUNCE");
            Path replicaDir = Path.of("target", "replay-it", "replica-" + i);
            Files.deleteIfExists(replicaDir.resolve("app.log"));
            replicas.add(new PackagedApp(replicaDir, SLACK_API.apiUrl(), env).start());
        }
    }

    private static String typed(String text) {
        return slashCommand(text, "trigger-" + text.split(" ")[0], CHANNEL);
    }

    private static String doneClick(String itemId) {
        return interaction(BlockClick.by("UCLICKER").in(CHANNEL).trigger("t-done").of("""
                {"type":"button","action_id":"action_item_done","block_id":"b1","value":"%s",
                 "text":{"type":"plain_text","text":"Done"},"action_ts":"1795300001.000200"}""".formatted(itemId)));
    }

    private static String shortcut() {
        return """
                {"type":"message_action","token":"legacy","action_ts":"1795300001.1","callback_id":"add_to_timeline",
                 "trigger_id":"t-shortcut","response_url":"https://hooks.slack.com/app/T1/1/x",
                 "team":{"id":"T1","domain":"acme"},"user":{"id":"UCAPTURER","username":"bob","team_id":"T1"},
                 "channel":{"id":"%s","name":"inc"},
                 "message":{"type":"message","user":"UAUTHOR","ts":"1795300000.777777","text":"Failover done"}}
                """.formatted(CHANNEL);
    }

    private static String pushpin() {
        return """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev0PINRACE",
                 "event_time":%d,
                 "event":{"type":"reaction_added","user":"UREACTOR","reaction":"pushpin","item_user":"UAUTHOR",
                   "item":{"type":"message","channel":"%s","ts":"1795300000.777777"},"event_ts":"1.1"}}
                """.formatted(Instant.now().getEpochSecond(), CHANNEL);
    }

    private static String homeOpened() {
        return """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback",
                 "event_id":"Ev0HOMERACE","event_time":%d,
                 "event":{"type":"app_home_opened","user":"UVIEWER","channel":"DHOME","tab":"home","event_ts":"1.2"},
                 "authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}]}
                """.formatted(Instant.now().getEpochSecond());
    }
}
