package io.hikeshi.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Status, updates, resolve and reopen, severity with stakeholders, impact start, notes and the timeline. */
@QuarkusTest
class StatusCommandsTest extends SlackFlowTest {

    private static final Predicate<Map<String, String>> IN_THREAD =
            f -> "CANNOUNCE".equals(f.get("channel")) && f.get("thread_ts") != null;

    @Test
    void statusUpdatesReachTheChannelTheThreadAndTheCard() {
        declareAndWait("Search is slow --sev 3");

        inIncidentChannel("update Rolled back deploy 4711; error rate falling").statusCode(200)
                .body("text", containsString("Done"));
        inIncidentChannel("status monitoring Error rate back to normal").statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.forms("chat.postMessage").stream()
                .filter(IN_THREAD).count() == 2 && slack.calls("chat.update").size() == 2);
        assertThat(slack.forms("chat.postMessage")).filteredOn(IN_THREAD)
                .allSatisfy(f -> assertThat(f).containsEntry("thread_ts", "1700000000.000100"))
                .extracting(f -> FakeSlack.text(f.get("blocks")))
                .anySatisfy(t -> assertThat(t).contains("*Update* — Rolled back deploy 4711"))
                .anySatisfy(t -> assertThat(t).contains("*Status: monitoring* — Error rate back to normal"));
        assertThat(FakeSlack.text(slack.forms("chat.update").get(1).get("blocks")))
                .contains("*Status*\nmonitoring").contains("Error rate back to normal");
        assertThat(db.count("incident where status = 'MONITORING' and mitigated_at is not null")).isEqualTo(1);
        assertThat(db.count("incident_update")).isEqualTo(2);
        assertThat(db.count("timeline_entry where kind in ('update', 'status')")).isEqualTo(2);
    }

    @Test
    void resolveRecordsDurationsAndRefusesTwiceAndReopens() {
        declareAndWait("Uploads failing --sev 2");
        inIncidentChannel("started 2000-01-01T00:00:00Z").statusCode(200)
                .body("text", containsString("Impact start recorded"));

        inIncidentChannel("resolve Bad config reverted").statusCode(200);
        inIncidentChannel("resolve").statusCode(200).body("text", containsString("is already resolved"));
        assertThat(db.count("incident where status = 'RESOLVED' and resolved_at is not null"
                + " and mitigated_at = resolved_at")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.forms("chat.postMessage").stream()
                .anyMatch(f -> FakeSlack.text(f.get("blocks")).contains("*Resolved* after")));
        given().get("/q/metrics").then().body(containsString("hikeshi_incident_time_to_resolve_seconds_count"
                + "{severity=\"SEV2\"}"));

        inIncidentChannel("reopen").statusCode(200);
        inIncidentChannel("reopen").statusCode(200).body("text", containsString("is not resolved"));
        assertThat(db.count("incident where status = 'INVESTIGATING' and resolved_at is null")).isEqualTo(1);
    }

    @Test
    void theLongestUpdateFitsEvenWhenEveryCharacterIsEscaped() {
        declareAndWait("Search is slow --sev 3");
        // A backslash takes two characters in the outbox payload: 1,800 of them is the worst case the limit allows.
        String update = "\\".repeat(1800);
        inIncidentChannel("update " + update).statusCode(200).body("text", containsString("Done"));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.forms("chat.postMessage").stream()
                .filter(IN_THREAD).count() == 1);
        assertThat(db.count("incident_update")).isEqualTo(1);
        assertThat(db.count("outbox_entry where state = 'FAILED'")).isZero();
    }

    @Test
    void badStatusCommandsAreExplained() {
        declareAndWait("Queue backlog");
        inIncidentChannel("status fixed").statusCode(200)
                .body("text", containsString("There is no status `fixed`"))
                .body("text", containsString("investigating|identified|monitoring|resolved"));
        inIncidentChannel("update").statusCode(200).body("text", containsString("The update needs some text"));
        inIncidentChannel("status investigating").statusCode(200).body("text", containsString("already investigating"));
        inIncidentChannel("started tomorrowish").statusCode(200).body("text", containsString("can't read"));
        assertThat(db.count("incident_update")).isZero();
    }

    @Test
    void raisingSeverityNotifiesStakeholdersOncePerLevel() {
        declareAndWait("Payments degraded --sev 3");

        inIncidentChannel("severity 9").statusCode(200)
                .body("text", containsString("There is no severity `9`"))
                .body("text", containsString("SEV1* — Critical"));
        inIncidentChannel("severity sev1").statusCode(200).body("text", containsString("Severity changed"));
        inIncidentChannel("severity 2").statusCode(200);
        inIncidentChannel("severity 1").statusCode(200);
        inIncidentChannel("severity 1").statusCode(200).body("text", containsString("already is SEV1"));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.update").size() == 3);
        assertThat(slack.forms("chat.postMessage")).filteredOn(f -> "CSTAKEHOLDERS".equals(f.get("channel")))
                .singleElement().satisfies(f -> assertThat(FakeSlack.text(f.get("blocks")))
                        .contains("SEV1 incident INC-").contains("Payments degraded").contains("<#CINC0001>"));
        assertThat(slack.forms("chat.postMessage")).filteredOn(f -> FakeSlack.text(f.get("blocks"))
                .contains("<!subteam^S0ONCALL>")).hasSize(1);
        assertThat(db.count("stakeholder_notice")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'severity'")).isEqualTo(3);
    }

    @Test
    void drillsNotifyNoStakeholdersAndStayOutOfMetrics() {
        String declared = "hikeshi_incidents_declared_total{severity=\"SEV4\"}";
        String resolved = "hikeshi_incident_time_to_resolve_seconds_count{severity=\"SEV1\"}";
        double declaredBefore = metric(declared);
        double resolvedBefore = metric(resolved);
        declareAndWait("Failover game day --sev 4 --drill");
        inIncidentChannel("severity 1").statusCode(200);
        inIncidentChannel("resolve Practised the failover").statusCode(200);

        assertThat(db.count("stakeholder_notice")).isZero();
        assertThat(slack.forms("chat.postMessage")).noneMatch(f -> "CSTAKEHOLDERS".equals(f.get("channel")));
        assertThat(metric(declared)).isEqualTo(declaredBefore);
        assertThat(metric(resolved)).isEqualTo(resolvedBefore);
    }

    /** A value from /q/metrics; 0 when the series does not exist yet. */
    private static double metric(String series) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst().orElse(0);
    }

    @Test
    void notesAndThePaginatedTimeline() {
        declareAndWait("Login errors");
        for (int i = 1; i <= 25; i++) {
            inIncidentChannel("note Observation " + i).statusCode(200).body("text", containsString("Noted"));
        }
        inIncidentChannel("note").statusCode(200).body("text", containsString("The note needs some text"));

        inIncidentChannel("timeline").statusCode(200)
                .body("blocks[0].text.text", containsString("page 1 of 2 · 26 entries"))
                .body("blocks[1].text.text", containsString("*declared*"))
                .body("blocks[1].text.text", containsString("Observation 19"))
                .body("blocks[2].text.text", containsString("timeline 2"));
        inIncidentChannel("timeline 2").statusCode(200)
                .body("blocks[1].text.text", containsString("Observation 25"));
        inIncidentChannel("timeline 3").statusCode(200).body("text", containsString("There are 2 page(s)"));
    }
}
