package io.hikeshi.slack;

import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.outbox.OutboxWorker;
import io.hikeshi.support.BlockClick;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.ShippedRunbooks;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of Slack request, sent three times byte for byte (a replay inside the signature's five minutes, or
 * Slack's retry): the first acts, the copies answer the same and change nothing, in the database or in Slack.
 */
@QuarkusTest
@TestProfile(ShippedRunbooks.class)
class ReplayedRequestsTest extends SlackFlowTest {

    private static final String CLICKER = "UCLICKER";
    private static final String DELIVERED_CATCH_UP = "outbox_entry where kind = 'deliver_catch_up' and state = 'DONE'";
    private static final List<String> TABLES = List.of("incident", "incident_update", "timeline_entry",
            "role_assignment", "action_item", "runbook_post", "outbox_entry", "postmortem_version",
            "stakeholder_notice");

    @Inject
    OutboxWorker outboxWorker;

    /** One kind of request: how to make it once the incident exists, and the one effect it must have once. */
    record Case(String name, Function<ReplayedRequestsTest, Request> request, String effect,
                ToLongFunction<ReplayedRequestsTest> count, String settledWhen) {

        Case(String name, Function<ReplayedRequestsTest, Request> request, String effect,
             ToLongFunction<ReplayedRequestsTest> count) {
            this(name, request, effect, count, null);
        }

        /** The same, once the background work it sets off (a catch-up) is done too: one row of {@code rows}. */
        Case settledWhen(String rows) {
            return new Case(name, request, effect, count, rows);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Request(String body, ContentType type) {
    }

    static Stream<Case> requests() {
        return Stream.of(
                command("note", "note Rolled back 4711", "a note", "timeline_entry where kind = 'note'"),
                command("update", "update Error rate falling", "an update",
                        "timeline_entry where kind = 'update'"),
                command("status", "status monitoring Error rate normal", "a status change",
                        "incident_update where text = 'Error rate normal'"),
                command("resolve", "resolve Config reverted", "a resolution",
                        "outbox_entry where kind = 'postmortem_draft'"),
                new Case("reopen", test -> {
                    test.inIncidentChannel("resolve").statusCode(200);
                    return test.typed("reopen");
                }, "a reopening", slackOrDb("timeline_entry where text like 'Reopened%'")),
                command("severity", "severity sev1", "a severity change", "timeline_entry where kind = 'severity'"),
                command("commander", "commander <@UBOB|bob>", "a commander", "role_assignment where user_id = 'UBOB'")
                        .settledWhen(DELIVERED_CATCH_UP),
                command("scribe", "scribe me", "a scribe", "role_assignment where role = 'scribe'"),
                command("role", "role \"communications liaison\" <@UCARL|carl>", "a liaison",
                        "role_assignment where user_id = 'UCARL'"),
                command("started", "started 2000-01-01T00:00:00Z", "an impact start",
                        "timeline_entry where text like 'Impact began%'"),
                command("postmortem", "postmortem", "a redraft", "outbox_entry where kind = 'postmortem_draft'"),
                command("action", "action Add an alert on queue depth", "an action item", "action_item"),
                command("runbook", "runbook database-failover", "a posted runbook",
                        "runbook_post where title like '%ailover%'"),
                new Case("summary", ReplayedRequestsTest::summary, "a catch-up", slackOrDb(DELIVERED_CATCH_UP)),
                new Case("declare", test -> test.secondChannel(new Request(slashCommand("declare Payments down --sev 2",
                        "trigger-" + UUID.randomUUID()), ContentType.URLENC)), "an incident", slackOrDb("incident")),
                new Case("declare form", test -> test.secondChannel(new Request(interaction(SlackRequests.declareFormSubmission(
                        "V" + UUID.randomUUID(), "Search down", "SEV3", null, false)), ContentType.URLENC)),
                        "an incident", slackOrDb("incident")),
                new Case("checkbox", ReplayedRequestsTest::checkboxTick, "a tick",
                        slackOrDb("timeline_entry where kind = 'runbook_ticked'")),
                new Case("post button", test -> test.click("""
                        {"type":"button","action_id":"runbook_post","block_id":"b1","value":"database-failover",
                         "text":{"type":"plain_text","text":"Post"},"action_ts":"1795300002.000300"}"""),
                        "a posted runbook", slackOrDb("runbook_post where title like '%ailover%'")),
                new Case("done button", ReplayedRequestsTest::doneClick, "a done item",
                        slackOrDb("timeline_entry where kind = 'action_item_done'")),
                new Case("message shortcut", test -> new Request(interaction(shortcut()), ContentType.URLENC),
                        "a message on the timeline", slackOrDb("timeline_entry where kind = 'message'")),
                new Case("reaction event", ReplayedRequestsTest::pushpin, "a message on the timeline",
                        slackOrDb("timeline_entry where kind = 'message'")),
                new Case("home event", test -> new Request(homeOpened(), ContentType.JSON), "a home tab",
                        test -> test.slack.calls("views.publish").size()));
    }

    @BeforeEach
    void slackAnswersPermalinksAndResponseUrls() {
        slack.stub(WireMock.post(WireMock.urlPathMatching("/respond/.*"))
                .willReturn(WireMock.aResponse().withStatus(200).withBody("ok")));
        slack.answer("chat.getPermalink", "{\"ok\":true,\"channel\":\"CINC0001\","
                + "\"permalink\":\"https://acme.slack.com/archives/CINC0001/p1795300000777777\"}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aRequestSentThreeTimesActsOnce(Case request) {
        declareAndWait("Checkout errors --sev 3");
        Request copy = request.request().apply(this);
        awaitQuiet();
        long before = request.count().applyAsLong(this);

        String first = send(copy, Map.of());
        await(request.effect()).atMost(Duration.ofSeconds(15))
                .until(() -> request.count().applyAsLong(this) == before + 1);
        if (request.settledWhen() != null) {
            await("background work").atMost(Duration.ofSeconds(15)).until(() -> db.count(request.settledWhen()) == 1);
        }
        awaitQuiet();
        Map<String, Long> afterFirst = snapshot();

        String second = send(copy, Map.of());
        String third = send(copy, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        awaitQuiet();
        // Held for a moment: work a copy started in the background (a catch-up) would show up within it.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> request.count().applyAsLong(this) == before + 1);

        assertThat(List.of(second, third)).as("copies answer as the first did").containsOnly(first);
        assertThat(snapshot()).as("rows and Slack calls after the copies").isEqualTo(afterFirst);
    }

    private String send(Request request, Map<String, String> headers) {
        HttpResponse<String> response = SlackRequests.send(port(), request.body(), request.type(), headers);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private Request typed(String text) {
        return new Request(slashCommand(text, "trigger-" + UUID.randomUUID(), FakeSlack.INCIDENT_CHANNEL),
                ContentType.URLENC);
    }

    /** A second incident gets a channel of its own. */
    private Request secondChannel(Request declare) {
        slack.answer("conversations.create", "{\"ok\":true,\"channel\":{\"id\":\"CINC0002\",\"name\":\"inc2\","
                + "\"is_channel\":true,\"creator\":\"" + FakeSlack.BOT_USER + "\"}}");
        return declare;
    }

    /** A private catch-up, answered through the command's response URL (here the fake Slack). */
    private Request summary() {
        Request typed = typed("summary");
        return new Request(typed.body().replace(URLEncoder.encode("https://hooks.slack.com/commands/T1/1/abc",
                StandardCharsets.UTF_8), URLEncoder.encode("http://localhost:" + wiremockPort + "/respond/T1/1/s",
                StandardCharsets.UTF_8)), typed.type());
    }

    private Request click(String action) {
        return new Request(interaction(BlockClick.by(CLICKER)
                .answeredAt("http://localhost:" + wiremockPort + "/respond/T1/1/x").of(action)), ContentType.URLENC);
    }

    private Request checkboxTick() {
        Object[] item = db.rows("select post_id, item from runbook_item order by id").get(0);
        return click("""
                {"type":"checkboxes","action_id":"runbook_item","block_id":"runbook_item:%s:%s",
                 "selected_options":[{"text":{"type":"mrkdwn","text":"done"},"value":"done"}],
                 "action_ts":"1795300001.000200"}""".formatted(item[0], item[1]));
    }

    private Request doneClick() {
        inIncidentChannel("action Rotate the leaked key").statusCode(200);
        Object id = db.value("select id from action_item");
        return click("""
                {"type":"button","action_id":"action_item_done","block_id":"b1","value":"%s",
                 "text":{"type":"plain_text","text":"Done"},"action_ts":"1795300001.000200"}""".formatted(id));
    }

    private Request pushpin() {
        slack.answer("conversations.history", "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"user\":\"UAUTHOR\","
                + "\"ts\":\"1795300000.777777\",\"text\":\"DB failover finished\"}]}");
        return new Request("""
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev%s",
                 "event_time":%d,
                 "event":{"type":"reaction_added","user":"UREACTOR","reaction":"pushpin","item_user":"UAUTHOR",
                   "item":{"type":"message","channel":"CINC0001","ts":"1795300000.777777"},"event_ts":"1.1"}}
                """.formatted(UUID.randomUUID().toString().replace("-", ""), Instant.now().getEpochSecond()),
                ContentType.JSON);
    }

    private static String shortcut() {
        return """
                {"type":"message_action","token":"legacy","action_ts":"1795300001.1","callback_id":"add_to_timeline",
                 "trigger_id":"t-%s","response_url":"https://hooks.slack.com/app/T1/1/x",
                 "team":{"id":"T1","domain":"acme"},"user":{"id":"UCAPTURER","username":"bob","team_id":"T1"},
                 "channel":{"id":"CINC0001","name":"inc"},
                 "message":{"type":"message","user":"UAUTHOR","ts":"1795300000.123456","text":"Rolled back"}}
                """.formatted(UUID.randomUUID());
    }

    private static String homeOpened() {
        return """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback",
                 "event_id":"Ev%s","event_time":%d,
                 "event":{"type":"app_home_opened","user":"UVIEWER","channel":"DHOME","tab":"home","event_ts":"1.2"},
                 "authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}]}
                """.formatted(UUID.randomUUID().toString().replace("-", ""), Instant.now().getEpochSecond());
    }

    private static Case command(String name, String text, String effect, String rows) {
        return new Case(name, test -> test.typed(text), effect, slackOrDb(rows));
    }

    private static ToLongFunction<ReplayedRequestsTest> slackOrDb(String rows) {
        return test -> test.db.count(rows);
    }

    /** Rows of every table a request can touch, and calls to every Slack method. */
    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, db.count(table)));
        List<String> calls = new ArrayList<>();
        new WireMock(wiremockPort).find(WireMock.postRequestedFor(WireMock.urlMatching("/.*")))
                .forEach(call -> calls.add(call.getUrl()));
        calls.forEach(url -> counts.merge(url, 1L, Long::sum));
        return counts;
    }

    private void awaitQuiet() {
        await("outbox drained").atMost(Duration.ofSeconds(30))
                .until(() -> outboxWorker.idle() && db.count("outbox_entry where state = 'PENDING'") == 0);
    }

    private static int port() {
        return io.restassured.RestAssured.port;
    }
}
