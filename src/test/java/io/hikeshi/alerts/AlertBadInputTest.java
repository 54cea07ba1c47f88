package io.hikeshi.alerts;

import static io.hikeshi.support.AlertSenders.alertmanager;
import static io.hikeshi.support.AlertSenders.alertmanagerPayload;
import static io.hikeshi.support.AlertSenders.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hikeshi.outbox.OutboxWorker;
import io.hikeshi.support.AlertSenders;
import io.hikeshi.support.AlertSenders.AmAlert;
import io.hikeshi.support.SlackFlowTest;
import io.hikeshi.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What senders get wrong, and what hostile senders try: each gets a 4xx with the reason and stores nothing; labels
 * full of markup are stored and shown as text, within Slack's limits.
 */
@QuarkusTest
class AlertBadInputTest extends SlackFlowTest {

    private static final String ONE_ALERT = alertmanagerPayload("{}:{a=\"b\"}",
            List.of(AmAlert.firing("fp", Map.of("alertname", "Up"), TestClock.now().minusSeconds(60))));

    @Inject
    AlertRoutes routes;

    @Inject
    OutboxWorker worker;

    @TestHTTPResource("/")
    URI alertsUrl;

    @BeforeEach
    void noRoutes() {
        AlertSenders.routes(null);
        routes.rescan();
    }

    @Test
    void withoutTheRightBearerTokenNothingHappens() {
        given().contentType(ContentType.JSON).body(ONE_ALERT).when().post("/alerts/alertmanager").then()
                .statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        send("alertmanager", "wrong-token", ONE_ALERT).statusCode(401);
        // Another source's secret does not open this one.
        send("alertmanager", AlertSenders.GRAFANA_TOKEN, ONE_ALERT).statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Basic dGVzdDp0ZXN0").body(ONE_ALERT)
                .when().post("/alerts/alertmanager").then().statusCode(401);
        send("pagerduty", AlertSenders.ALERTMANAGER_TOKEN, ONE_ALERT).statusCode(404);
        assertThat(db.count("alert_group")).isZero();
        assertThat(db.count("alert")).isZero();
    }

    @Test
    void malformedPayloadsAreRefusedWithTheReason() {
        alertmanager("{\"version\":\"4\",").statusCode(400).body("error", containsString("not valid JSON (line 1"));
        alertmanager("[1,2]").statusCode(400).body("error", equalTo("the body must be a JSON object"));
        alertmanager(ONE_ALERT.replace("\"version\":\"4\"", "\"version\":\"3\"")).statusCode(422)
                .body("error", containsString("payload version 3 is not supported"));
        alertmanager(ONE_ALERT.replace("\"fingerprint\":\"fp\"", "\"fingerprint\":\"\"")).statusCode(422)
                .body("error", equalTo("alerts[0].fingerprint is missing"));
        alertmanager(ONE_ALERT.replace("\"status\":\"firing\",\"labels\"", "\"status\":\"burning\",\"labels\""))
                .statusCode(422).body("error", containsString("alerts[0].status must be firing or resolved"));
        alertmanager(ONE_ALERT.replace("\"startsAt\":\"", "\"startsAt\":\"yesterday")).statusCode(422)
                .body("error", containsString("alerts[0].startsAt must be an RFC 3339 time"));
        alertmanager(ONE_ALERT.substring(0, ONE_ALERT.lastIndexOf(']')) + ",{\"status\":\"firing\"}]}")
                .statusCode(422).body("error", equalTo("alerts[1].fingerprint is missing"));
        send("webhook", AlertSenders.WEBHOOK_TOKEN, "{\"status\":\"firing\",\"dedupe_key\":\"k\"}").statusCode(422)
                .body("error", equalTo("title is missing"));
        send("webhook", AlertSenders.WEBHOOK_TOKEN, "{\"title\":\"t\",\"status\":\"firing\",\"dedupe_key\":\"k\","
                + "\"labels\":{\"a\":{\"nested\":true}}}").statusCode(422).body("error", equalTo("labels values must be strings"));
        // Nothing half-stored: the second alert of a notification is wrong, so neither is kept.
        assertThat(db.count("alert_group")).isZero();
        assertThat(db.count("alert")).isZero();
    }

    @Test
    void largeBodiesGetA413() throws Exception {
        String big = "{\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        alertmanager(big).statusCode(413).body("error", containsString("larger than 1048576 bytes"));
        // 10 MB, announced with Expect: 100-continue as careful clients do: refused before the body is sent.
        String huge = "{\"pad\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        HttpResponse<String> refused = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(alertsUrl.resolve(
                "/alerts/alertmanager")).expectContinue(true).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + AlertSenders.ALERTMANAGER_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(db.count("alert_group")).isZero();
    }

    @Test
    void hostileLabelsAreStoredAndShownAsText() throws Exception {
        String hostile = "<!channel> <@U0VICTIM> *bold* <https://evil.example|click> <script>alert(1)</script> &amp;";
        Map<String, String> labels = Map.of("alertname", hostile, "service", hostile, "long", "é".repeat(10_000));
        String payload = alertmanagerPayload("{}:{evil}", List.of(new AmAlert("fp-evil", true, labels,
                Map.of("summary", hostile, "description", "x".repeat(10_000)), TestClock.now().minusSeconds(5),
                null)));
        alertmanager(payload).statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("chat.postMessage").size() == 1 && worker.idle());

        String storedLabels = (String) db.value("select labels from alert");
        assertThat(new ObjectMapper().readTree(storedLabels).path("long").asText()).hasSizeLessThanOrEqualTo(2_000);
        String blocks = slack.forms("chat.postMessage").get(0).get("blocks");
        JsonNode parsed = new ObjectMapper().readTree(blocks);
        assertThat(parsed.size()).isLessThanOrEqualTo(50);
        for (JsonNode block : parsed) {
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3_000);
        }
        String text = parsed.toString();
        assertThat(text).doesNotContain("<!channel>").doesNotContain("<@U0VICTIM>").doesNotContain("<https://evil")
                .doesNotContain("<script>").contains("&lt;!channel&gt;");
        assertThat(text).doesNotContain("*bold*");
    }

    @Test
    void grafanasDocumentedPayloadIsAGroupOfTwo() throws Exception {
        String example = Files.readString(Path.of("src/test/resources/alerts/grafana-webhook-example.json"));
        send("grafana", AlertSenders.GRAFANA_TOKEN, example).statusCode(200).body("changes", equalTo(2));
        send("grafana", AlertSenders.GRAFANA_TOKEN, example).statusCode(200).body("status", equalTo("unchanged"));
        assertThat(db.count("alert_group where source = 'grafana'")).isEqualTo(1);
        assertThat(db.value("select link from alert where fingerprint = 'bc97ff14869b13e3'"))
                .isEqualTo("https://play.grafana.org/d/ab12cd34?viewPanel=2");
        assertThat(db.value("select link from alert where fingerprint = 'c6eadffa33fcdf37'"))
                .isEqualTo("https://play.grafana.org/alerting/1afz29v7z/edit");
        assertThat(db.value("select cast(starts_at as varchar(40)) from alert where fingerprint = 'c6eadffa33fcdf37'")
                .toString()).contains("07:51:03");
    }

    @Test
    void aBadRoutingFileIsReportedAndTheRoutesBeforeKeepWorking() {
        AlertSenders.routes("routes:\n  - name: quiet\n    ignore: true\n");
        routes.rescan();
        AlertSenders.routes("routes:\n  - name: quiet\n    ignore: true\n  - name: broken\n    declare:\n"
                + "      severity: SEV9\n");
        routes.rescan();

        RoutesSnapshot snapshot = routes.snapshot();
        assertThat(snapshot.routes()).extracting(AlertRoute::name).containsExactly("quiet");
        assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("alert-routes.yaml");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.reason()).contains("no severity `SEV9`");
        });
        given().when().get("/q/health/ready").then().body(containsString("alert-routes"))
                .body(containsString("no severity `SEV9`"));
        alertmanager(ONE_ALERT).statusCode(200).body("action", equalTo("ignore"));
        AlertSenders.routes(null);
        routes.rescan();
        assertThat(routes.snapshot().problems()).isEmpty();
    }

    @Test
    void theGenericWebhookDedupesByKeyAndStatus() {
        String firing = "{\"title\":\"Queue backlog over 10k\",\"severity\":\"warning\",\"status\":\"firing\","
                + "\"dedupe_key\":\"queue-backlog\",\"labels\":{\"service\":\"orders\"},"
                + "\"link\":\"javascript:alert(1)\"}";
        send("webhook", AlertSenders.WEBHOOK_TOKEN, firing).statusCode(200).body("status", equalTo("stored"));
        send("webhook", AlertSenders.WEBHOOK_TOKEN, firing).statusCode(200).body("status", equalTo("unchanged"));
        send("webhook", AlertSenders.WEBHOOK_TOKEN, firing.replace("\"firing\"", "\"resolved\"")).statusCode(200)
                .body("status", equalTo("stored"));
        assertThat(db.count("alert")).isEqualTo(1);
        assertThat(db.value("select link from alert")).isNull();
        assertThat(db.value("select name from alert")).isEqualTo("Queue backlog over 10k");
    }
}
