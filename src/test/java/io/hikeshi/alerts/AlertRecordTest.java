package io.hikeshi.alerts;

import static io.hikeshi.support.AlertSenders.alertmanager;
import static io.hikeshi.support.AlertSenders.alertmanagerPayload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.hikeshi.support.AlertSenders;
import io.hikeshi.support.AlertSenders.AmAlert;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An alert-declared incident's card, web page and postmortem list its alerts, as text. */
@QuarkusTest
@TestSecurity(user = "alice")
@OidcSecurity(claims = {@Claim(key = "email", value = "alice@example.com"),
        @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN)})
class AlertRecordTest extends SlackFlowTest {

    @Inject
    AlertRoutes routes;

    @BeforeEach
    void declareEverything() {
        AlertSenders.routes("routes:\n  - name: all\n    declare:\n      commander: UONCALL\n");
        routes.rescan();
    }

    @AfterEach
    void noRoutes() {
        AlertSenders.routes(null);
        routes.rescan();
    }

    @Test
    void cardPageAndPostmortemListTheAlerts() {
        Instant started = TestClock.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        alertmanager(alertmanagerPayload("{}:{x}", List.of(AmAlert.firing("fp", Map.of("alertname", "Latency<script>",
                "zone", "<b>eu</b> <!here>"), started)))).statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        // The card shows them, whether it was posted before or after the alerts joined the incident.
        await().atMost(Duration.ofSeconds(15)).until(() -> java.util.stream.Stream.concat(
                slack.forms("chat.postMessage").stream(), slack.forms("chat.update").stream())
                .anyMatch(card -> FakeSlack.text(card.getOrDefault("blocks", "[]")).contains("*Alerts* · 1 firing")));
        long number = ((Number) db.value("select id from incident")).longValue();

        given().get("/incidents/" + number).then().statusCode(200)
                .body(containsString("Latency&lt;script&gt;"), containsString("zone=&lt;b&gt;eu&lt;/b&gt; &lt;!here&gt;"),
                        containsString("href=\"http://prometheus.example:9090/graph?g0.expr=up\""),
                        not(containsString("<script>")), not(containsString("<b>eu")), containsString("10m"));

        inIncidentChannel("resolve Latency back to normal").statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> db.count("postmortem_version") >= 1);
        String markdown = (String) db.value("select markdown from postmortem_version order by id desc fetch first 1 rows only");
        assertThat(markdown).contains("Alerts:").contains("Latency").contains("(Alertmanager; zone=")
                .doesNotContain("<script>");
    }
}
