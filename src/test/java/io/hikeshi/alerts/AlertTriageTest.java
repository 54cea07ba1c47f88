package io.hikeshi.alerts;

import static io.hikeshi.support.AlertSenders.alertmanager;
import static io.hikeshi.support.AlertSenders.alertmanagerPayload;
import static io.hikeshi.support.SlackRequests.interaction;
import static io.hikeshi.support.SlackRequests.postForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hikeshi.outbox.OutboxWorker;
import io.hikeshi.support.AlertSenders;
import io.hikeshi.support.AlertSenders.AmAlert;
import io.hikeshi.support.BlockClick;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.SlackRequests;
import io.hikeshi.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without a routing file every alert is asked about in the announcement channel: one triage message per group,
 * updated in place at most once a minute, with Declare (the declare form, filled in) and Dismiss.
 */
@QuarkusTest
class AlertTriageTest extends SlackFlowTest {

    private static final String GROUP = "{}:{alertname=\"DiskFull\"}";

    @Inject
    AlertRoutes routes;

    @Inject
    OutboxWorker worker;

    private final Instant started = TestClock.now().minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void noRoutingFile() {
        AlertSenders.routes(null);
        routes.rescan();
    }

    @Test
    void oneMessagePerGroupUpdatedInPlaceNoMoreThanOnceAMinute() {
        AmAlert disk = AmAlert.firing("d1", Map.of("alertname", "DiskFull", "instance", "db-1"), started);
        alertmanager(alertmanagerPayload(GROUP, List.of(disk))).statusCode(200).body("action", equalTo("ask"));
        awaitIdle();
        List<Map<String, String>> posts = slack.forms("chat.postMessage");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).get("channel")).isEqualTo("CANNOUNCE");
        assertThat(FakeSlack.text(posts.get(0).get("blocks"))).contains("DiskFull").contains("instance=db-1")
                .contains("Declare").contains("Dismiss");

        // More alerts of the group within the minute: no new message, and the update waits for the minute.
        AmAlert disk2 = AmAlert.firing("d2", Map.of("alertname", "DiskFull", "instance", "db-2"), started);
        alertmanager(alertmanagerPayload(GROUP, List.of(disk, disk2))).statusCode(200);
        alertmanager(alertmanagerPayload(GROUP, List.of(disk.resolvedAt(started.plusSeconds(60)), disk2)))
                .statusCode(200);
        awaitIdle();
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("chat.update")).isEmpty();

        TestClock.advance(Duration.ofSeconds(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.update").size() == 1);
        awaitIdle();
        String updated = FakeSlack.text(slack.forms("chat.update").get(0).get("blocks"));
        assertThat(updated).contains("1 firing, 1 resolved").contains("db-2").contains("db-1");
        assertThat(slack.calls("chat.update")).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void dismissRecordsWhoClickedAndShowsIt() {
        alertmanager(alertmanagerPayload(GROUP, List.of(AmAlert.firing("d1", Map.of("alertname", "DiskFull"),
                started)))).statusCode(200);
        awaitIdle();
        long group = ((Number) db.value("select id from alert_group")).longValue();

        postForm(interaction(BlockClick.by("UTRIAGER").in("CANNOUNCE").of(button("alert_dismiss", group))))
                .statusCode(200);
        awaitIdle();

        assertThat(db.value("select dismissed_by from alert_group")).isEqualTo("UTRIAGER");
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.update").size() == 1);
        String blocks = slack.forms("chat.update").get(0).get("blocks");
        assertThat(FakeSlack.text(blocks)).contains("Dismissed by <@UTRIAGER>");
        assertThat(blocks).doesNotContain("alert_declare");
        assertThat(db.count("incident")).isZero();
    }

    @Test
    void declareOpensTheFormFilledInAndTheIncidentTakesTheAlerts() throws Exception {
        alertmanager(alertmanagerPayload(GROUP, List.of(AmAlert.firing("d1", Map.of("alertname", "DiskFull",
                "instance", "db-1"), started)))).statusCode(200);
        awaitIdle();
        long group = ((Number) db.value("select id from alert_group")).longValue();

        postForm(interaction(BlockClick.by("UTRIAGER").in("CANNOUNCE").trigger("t-declare")
                .of(button("alert_declare", group)))).statusCode(200);

        List<Map<String, String>> opened = slack.forms("views.open");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).get("trigger_id")).isEqualTo("t-declare");
        JsonNode view = new ObjectMapper().readTree(opened.get(0).get("view"));
        assertThat(view.path("private_metadata").asText()).isEqualTo("alert:" + group + ":CANNOUNCE");
        assertThat(view.toString()).contains("DiskFull: Error rate above 5%");

        postForm(interaction(SlackRequests.declareFormSubmission("V-alert", "Disk full on db-1", "SEV3", null, false)
                .replace("\"private_metadata\":\"CORIGIN\"", "\"private_metadata\":\"alert:" + group + ":CANNOUNCE\"")))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        awaitIdle();

        assertThat(db.value("select incident_id from alert_group")).isNotNull();
        assertThat(db.value("select declared_by from alert_group")).isEqualTo(SlackRequests.DECLARER);
        assertThat(instant(db.value("select started_at from incident")))
                .isEqualTo(started);
        assertThat(db.count("timeline_entry where kind = 'alert' and text like 'Alert firing since %DiskFull%'"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.forms("chat.update").stream()
                .anyMatch(update -> FakeSlack.text(update.getOrDefault("blocks", "[]")).contains("Declared as INC-")));
    }

    @Test
    void aPrivateIncidentDeclaredFromATriageMessageIsNamedThereOnlyAsPrivate() {
        alertmanager(alertmanagerPayload(GROUP, List.of(AmAlert.firing("s1", Map.of("alertname", "AdminLogin",
                "instance", "vpn-1"), started)))).statusCode(200);
        awaitIdle();
        long group = ((Number) db.value("select id from alert_group")).longValue();

        postForm(interaction(SlackRequests.declareFormSubmission("V-alert-private", "Admin login from abroad", "SEV2",
                null, false, null, true).replace("\"private_metadata\":\"CORIGIN\"",
                "\"private_metadata\":\"alert:" + group + ":CANNOUNCE\""))).statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        awaitIdle();

        assertThat(db.value("select private_incident from incident")).isEqualTo(true);
        assertThat(db.value("select incident_id from alert_group")).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.forms("chat.update").stream()
                .anyMatch(update -> FakeSlack.text(update.getOrDefault("blocks", "[]"))
                        .contains("Declared as a private incident")));
        // The triage message, in the triage channel; the card in the private channel names the incident, of course.
        assertThat(slack.forms("chat.update")).filteredOn(update -> "CANNOUNCE".equals(update.get("channel")))
                .isNotEmpty().noneMatch(update -> FakeSlack.text(update.getOrDefault("blocks", "[]")).contains("INC-"));
    }

    private static String button(String action, long group) {
        return "{\"action_id\":\"" + action + "\",\"block_id\":\"b\",\"type\":\"button\",\"value\":\"" + group
                + "\",\"action_ts\":\"1700000001.000001\"}";
    }

    private void awaitIdle() {
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("outbox_entry where state = 'PENDING'"
                + " and next_attempt_at <= current_timestamp") == 0 && worker.idle());
    }

    /** H2 reads a timestamp with time zone as an OffsetDateTime, PostgreSQL as an Instant. */
    private static Instant instant(Object value) {
        return value instanceof Instant at ? at : ((java.time.OffsetDateTime) value).toInstant();
    }
}
