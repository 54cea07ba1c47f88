package io.hikeshi.alerts;

import static io.hikeshi.support.AlertSenders.alertmanager;
import static io.hikeshi.support.AlertSenders.alertmanagerPayload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.hikeshi.support.AlertSenders;
import io.hikeshi.support.AlertSenders.AmAlert;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.TestClock;
import io.hikeshi.outbox.OutboxWorker;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A route that declares: the incident, its timeline, grouping, resolution, and time to detect. */
@QuarkusTest
class AlertDeclareTest extends SlackFlowTest {

    private static final String ROUTES = """
            routes:
              - name: checkout-pages
                match:
                  - label: severity
                    equals: critical
                  - label: service
                    regex: "checkout|payments"
                declare:
                  severity: SEV2
                  title: "{{ labels.alertname }} on {{ labels.service }}"
                  services: ["{{ labels.service }}"]
                  commander: UONCALL
              - name: everything-else
                ask: {}
            """;

    @Inject
    AlertRoutes routes;

    @Inject
    OutboxWorker worker;

    private final Instant started = TestClock.now().minus(7, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void rules() {
        AlertSenders.routes(ROUTES);
        routes.rescan();
    }

    @AfterEach
    void noRules() {
        AlertSenders.routes(null);
        routes.rescan();
    }

    @Test
    void aMatchingAlertDeclaresOnceAndItsGroupBecomesTheTimeline() {
        AmAlert first = AmAlert.firing("fp1", Map.of("alertname", "HighErrorRate", "severity", "critical",
                "service", "checkout"), started);
        String payload = alertmanagerPayload("{}:{alertname=\"HighErrorRate\"}", List.of(first));

        alertmanager(payload).statusCode(200).body("status", equalTo("stored")).body("action", equalTo("declare"));
        alertmanager(payload).statusCode(200).body("status", equalTo("unchanged"));
        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        awaitOutboxDone();

        assertThat(db.count("incident")).isEqualTo(1);
        assertThat(db.value("select title from incident")).isEqualTo("HighErrorRate on checkout");
        assertThat(db.value("select severity from incident")).isEqualTo("SEV2");
        assertThat(db.value("select declared_by from incident")).isEqualTo("UONCALL");
        assertThat(instant(db.value("select started_at from incident")))
                .isEqualTo(started);
        assertThat(db.count("timeline_entry where kind = 'declared' and text like"
                + " 'Declared by an alert (Alertmanager, route checkout-pages): HighErrorRate on checkout%'")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'alert' and text like 'Alert firing since %HighErrorRate%'"))
                .isEqualTo(1);

        // A second alert of the group joins the incident; then both resolve.
        AmAlert second = AmAlert.firing("fp2", Map.of("alertname", "HighErrorRate", "severity", "critical",
                "service", "checkout", "pod", "b"), started.plusSeconds(30));
        alertmanager(alertmanagerPayload("{}:{alertname=\"HighErrorRate\"}", List.of(first, second)))
                .statusCode(200).body("changes", equalTo(1));
        Instant over = started.plusSeconds(300);
        alertmanager(alertmanagerPayload("{}:{alertname=\"HighErrorRate\"}",
                List.of(first.resolvedAt(over), second.resolvedAt(over)))).statusCode(200).body("changes", equalTo(2));
        awaitOutboxDone();

        assertThat(db.count("incident")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'alert' and text like 'Alert resolved at %'")).isEqualTo(2);
        assertThat(db.value("select status from incident")).isEqualTo("INVESTIGATING");
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.postMessage").stream()
                .anyMatch(call -> FakeSlack.parseForm(call.getBodyAsString()).getOrDefault("text", "")
                        .contains("Every alert of this incident has resolved")));
    }

    private void awaitOutboxDone() {
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count("outbox_entry where state = 'PENDING'"
                + " and next_attempt_at <= current_timestamp") == 0 && worker.idle());
    }

    /** H2 reads a timestamp with time zone as an OffsetDateTime, PostgreSQL as an Instant. */
    private static Instant instant(Object value) {
        return value instanceof Instant at ? at : ((java.time.OffsetDateTime) value).toInstant();
    }
}
