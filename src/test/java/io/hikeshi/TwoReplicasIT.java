package io.hikeshi;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two packaged apps built for PostgreSQL on one schema, as two replicas behind a load balancer: Slack retries that
 * land on either replica, outbox work both claim, and reminders both look for, each happen exactly once.
 */
@EnabledIfSystemProperty(named = "hikeshi.app.db-kind", matches = "postgresql",
        disabledReason = "needs the PostgreSQL build: mvn verify -Ppostgresql -Dquarkus.datasource.db-kind=postgresql")
class TwoReplicasIT {

    private static final String ANNOUNCE = "CANNOUNCE";
    private static final int DECLARES = 10;
    private static final List<String> VIEWERS = List.of("UVIEWER1", "UVIEWER2", "UVIEWER3");
    private static final Duration CADENCE = Duration.ofSeconds(3);
    private static final Pattern REFERENCE = Pattern.compile("INC-\\d+");
    private static final Pattern OVERDUE = Pattern.compile("no update for (\\d+)s;");
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @RegisterExtension
    static final FakeSlackServer SLACK_API = new FakeSlackServer();

    private final PostgresSchema db = new PostgresSchema(System.getProperty("hikeshi.it.pg.schema", "hikeshi_multi"));
    private final List<PackagedApp> replicas = new ArrayList<>();
    private FakeSlack slack;
    private Path workDir;

    @BeforeEach
    void setUp(TestInfo test) {
        workDir = Path.of("target", "replicas-it", test.getTestMethod().orElseThrow().getName());
        slack = SLACK_API.reset();
    }

    @AfterEach
    void stopReplicas() {
        replicas.forEach(PackagedApp::close);
    }

    @Test
    void retriesLandingOnEitherReplicaDeclareOnceAndEachSideEffectHappensOnce() throws Exception {
        startReplicas(Map.of());
        List<String> channels = IntStream.range(0, DECLARES)
                .mapToObj(i -> channelFor(titleStart(i), "CBURST%02d".formatted(i))).toList();
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < DECLARES; i++) {
            String declare = slashCommand("declare " + titleStart(i) + " checkout errors --sev 3", "burst-" + i);
            // Slack's retry of the same command reaches the other replica; alternate which one hears it first.
            int first = i % 2;
            requests.add(() -> send(first, declare, ContentType.URLENC, Map.of()));
            requests.add(() -> send(1 - first, declare, ContentType.URLENC, Map.of()));
        }
        for (String viewer : VIEWERS) {
            String event = homeOpened("Ev0" + viewer, viewer);
            requests.add(() -> send(0, event, ContentType.JSON, Map.of()));
            requests.add(() -> send(1, event, ContentType.JSON,
                    Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")));
        }
        assertBothCopiesAnswerWithOneIncidentEach(sendAllAtOnce(requests));
        awaitOutboxDrained();

        assertThat(db.count("outbox_entry where state <> 'DONE'")).as("side effects given up").isZero();
        assertThat(db.strings("select channel_id from incident")).containsExactlyInAnyOrderElementsOf(channels);
        // Each home-tab event once at the Slack edge (a declaration keeps only its own key), and each declaration and
        // home tab once by its own key.
        assertThat(db.count("processed_slack_request where request_key like 'slack:%'"))
                .isEqualTo(VIEWERS.size());
        assertThat(db.count("processed_slack_request where request_key not like 'slack:%'"))
                .isEqualTo(DECLARES + VIEWERS.size());
        assertThat(slack.forms("conversations.create")).extracting(form -> form.get("name"))
                .hasSize(DECLARES).doesNotHaveDuplicates();
        for (String method : List.of("conversations.invite", "conversations.setTopic", "pins.add")) {
            assertThat(channelsOf(method)).as(method).containsExactlyInAnyOrderElementsOf(channels);
        }
        assertThat(channelsOf("chat.postMessage")).as("incident cards").filteredOn(channel -> !ANNOUNCE.equals(channel))
                .containsExactlyInAnyOrderElementsOf(channels);
        assertThat(slack.forms("chat.postMessage")).filteredOn(form -> ANNOUNCE.equals(form.get("channel")))
                .extracting(form -> form.get("text")).as("announcements").hasSize(DECLARES).doesNotHaveDuplicates();
        assertThat(slack.forms("views.publish")).extracting(form -> form.get("user_id"))
                .containsExactlyInAnyOrderElementsOf(VIEWERS);
    }

    @Test
    void bothReplicasLookForOverdueUpdatesButEachPeriodIsRemindedOnce() throws IOException {
        startReplicas(Map.of(
                "HIKESHI_SEVERITY_LEVELS_1__UPDATE_EVERY", CADENCE.toSeconds() + "s",
                "HIKESHI_REMINDERS_CHECK_EVERY", "1s"));
        String channel = channelFor("replica-reminders", "CREMIND");
        assertThat(send(0, slashCommand("declare replica-reminders queue backlog --sev 2", "trigger-remind"),
                ContentType.URLENC, Map.of())).contains("SEV2");

        await("two reminders in the incident channel").atMost(SETTLE).until(() -> reminders(channel).size() >= 2);
        // Resolving ends the reminders; once the outbox is drained, every reminder recorded has been posted.
        assertThat(send(1, slashCommand("resolve", "trigger-resolve", channel), ContentType.URLENC, Map.of()))
                .contains("Done");
        awaitOutboxDrained();
        replicas.forEach(PackagedApp::kill);

        List<Long> recorded = db.strings("select extract(epoch from r.due_at - i.declared_at) from update_reminder r"
                + " join incident i on i.id = r.incident_id where i.channel_id = ?", channel).stream()
                .map(seconds -> Math.round(Double.parseDouble(seconds) / CADENCE.toSeconds())).toList();
        List<Long> posted = reminders(channel).stream().map(TwoReplicasIT::period).toList();
        assertThat(posted).as("overdue periods reminded in Slack").hasSizeGreaterThanOrEqualTo(2)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(recorded);
        for (PackagedApp replica : replicas) {
            assertThat(replica.log()).as("checks of a period reminded already are quiet")
                    .content().doesNotContain("update_reminder_pkey");
        }
    }

    /** Starts two replicas one after the other; the first empties the schema, as a fresh database. */
    private void startReplicas(Map<String, String> settings) throws IOException {
        for (int i = 0; i < 2; i++) {
            Map<String, String> env = new HashMap<>(settings);
            env.putAll(db.appEnv(i == 0));
            env.put("HIKESHI_ANNOUNCE_CHANNEL", ANNOUNCE);
            Path replicaDir = workDir.resolve("replica-" + i);
            Files.deleteIfExists(replicaDir.resolve("app.log"));
            replicas.add(new PackagedApp(replicaDir, SLACK_API.apiUrl(), env).start());
        }
    }

    /** Makes Slack answer conversations.create with {@code channelId} for the incident whose title starts so. */
    private String channelFor(String titleStart, String channelId) {
        slack.stub(post(urlEqualTo("/api/conversations.create")).withRequestBody(containing("-" + titleStart + "-"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"" + channelId + "\",\"creator\":\""
                        + FakeSlack.BOT_USER + "\"}}")));
        return channelId;
    }

    /** The answers come in pairs, one per copy of a declare; both copies must name the same, new, incident. */
    private static void assertBothCopiesAnswerWithOneIncidentEach(List<String> answers) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < DECLARES; i++) {
            String first = answers.get(2 * i);
            assertThat(first).contains("declared: " + titleStart(i));
            assertThat(reference(answers.get(2 * i + 1))).as("both copies answer with the same incident")
                    .isEqualTo(reference(first));
            references.add(reference(first));
        }
        assertThat(references).doesNotHaveDuplicates();
    }

    private static String titleStart(int declare) {
        return "replica-burst-%02d".formatted(declare);
    }

    private String send(int replica, String body, ContentType type, Map<String, String> headers) {
        HttpResponse<String> response = SlackRequests.send(replicas.get(replica).port(), body, type, headers);
        assertThat(response.statusCode()).as("answer to %s", body).isEqualTo(200);
        return response.body();
    }

    private static List<String> sendAllAtOnce(List<Callable<String>> requests) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : senders.invokeAll(requests)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            senders.shutdown();
        }
    }

    private void awaitOutboxDrained() {
        await("every outbox entry performed").atMost(SETTLE)
                .until(() -> db.count("outbox_entry where state = 'PENDING'") == 0);
    }

    private List<String> channelsOf(String method) {
        return slack.forms(method).stream().map(form -> form.get("channel")).toList();
    }

    private List<String> reminders(String channel) {
        return slack.forms("chat.postMessage").stream().filter(form -> channel.equals(form.get("channel")))
                .map(form -> form.get("text")).filter(text -> text.contains("no update for")).toList();
    }

    /** Which overdue period a reminder is for: it says how long it has been since the declaration. */
    private static long period(String reminder) {
        Matcher overdue = OVERDUE.matcher(reminder);
        assertThat(overdue.find()).as("reminder with seconds overdue: %s", reminder).isTrue();
        return Long.parseLong(overdue.group(1)) / CADENCE.toSeconds();
    }

    private static String reference(String answer) {
        Matcher reference = REFERENCE.matcher(answer);
        assertThat(reference.find()).as("incident reference in %s", answer).isTrue();
        return reference.group();
    }

    private static String homeOpened(String eventId, String user) {
        return """
                {"token":"legacy","team_id":"T1","api_app_id":"A1","type":"event_callback",
                 "event_id":"%s","event_time":%d,
                 "event":{"type":"app_home_opened","user":"%s","channel":"DHOME","tab":"home","event_ts":"1.2"},
                 "authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}]}
                """.formatted(eventId, Instant.now().getEpochSecond(), user);
    }
}
