package io.hikeshi.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slack failing in every way it can: the outbox retries, waits, recognises its own work, and reports. */
@QuarkusTest
class OutboxResilienceTest extends SlackFlowTest {

    @Inject
    OutboxMetrics metrics;

    @Test
    void aRateLimitIsHonouredThenTheWorkIsDone() {
        slack.stub(post(urlEqualTo("/api/conversations.create")).inScenario("rate limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))
                .willSetStateTo("waited"));
        slack.stub(post(urlEqualTo("/api/conversations.create")).inScenario("rate limit").whenScenarioStateIs("waited")
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"CAFTER429\"}}")));

        postForm(slashCommand("declare Cache cluster down --sev 2")).statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        List<LoggedRequest> creates = slack.calls("conversations.create");
        assertThat(creates).hasSize(2);
        Duration waited = Duration.between(creates.get(0).getLoggedDate().toInstant(),
                creates.get(1).getLoggedDate().toInstant());
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(db.count("incident where channel_id = 'CAFTER429'")).isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedWithoutDuplicatingTheCard() {
        slack.stub(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=CINC0001"))
                .inScenario("5xx").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));

        postForm(slashCommand("declare Webhooks failing")).statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(slack.forms("chat.postMessage")).filteredOn(form -> "CINC0001".equals(form.get("channel")))
                .hasSize(2);
        assertThat(slack.calls("conversations.history")).hasSize(1);
        assertThat(db.count("outbox_entry where state = 'DONE' and kind = 'post_card' and attempts = 2")).isEqualTo(1);
    }

    @Test
    void aRetryFindsTheCardAnInterruptedAttemptPosted() {
        // The first post reaches Slack but the answer is lost: Slack shows the message, we never recorded it.
        slack.stub(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=CINC0001"))
                .willReturn(aResponse().withStatus(502)));

        postForm(slashCommand("declare Uploads timing out")).statusCode(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> db.count("outbox_entry where kind = 'post_card' and attempts >= 1") == 1);
        long entry = ((Number) db.value("select id from outbox_entry where kind = 'post_card'")).longValue();
        slack.answer("conversations.history", "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1700000000.424242\","
                + "\"text\":\"INC\",\"metadata\":{\"event_type\":\"hikeshi_delivery\","
                + "\"event_payload\":{\"key\":\"hikeshi-outbox-" + entry + "\"}}}]}");

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(slack.forms("pins.add").get(0)).containsEntry("timestamp", "1700000000.424242");
        assertThat(db.count("incident where card_ts = '1700000000.424242'")).isEqualTo(1);
    }

    @Test
    void aChannelCreatedBeforeACrashIsAdoptedNotDuplicated() {
        // Slack creates the channel but the answer is lost (as if we died before recording it);
        // the retry sees name_taken and recognises the channel as its own.
        slack.stub(post(urlEqualTo("/api/conversations.create")).inScenario("lost answer").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("created"));
        slack.stub(post(urlEqualTo("/api/conversations.create")).inScenario("lost answer").whenScenarioStateIs("created")
                .willReturn(okJson("{\"ok\":false,\"error\":\"name_taken\"}")));

        postForm(slashCommand("declare Billing exports failing")).statusCode(200);
        String name = (String) db.value("select channel_name from incident");
        slack.answer("conversations.list", "{\"ok\":true,\"channels\":["
                + "{\"id\":\"COTHER\",\"name\":\"general\",\"creator\":\"UADMIN\",\"created\":1500000000},"
                + "{\"id\":\"CMINE\",\"name\":\"" + name + "\",\"creator\":\"UBOT\",\"created\":"
                + Instant.now().getEpochSecond() + "}],\"response_metadata\":{\"next_cursor\":\"\"}}");

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(slack.forms("conversations.create")).extracting(form -> form.get("name")).containsOnly(name);
        assertThat(db.count("incident where channel_id = 'CMINE' and channel_name = '" + name + "'")).isEqualTo(1);
        assertThat(slack.forms("chat.postMessage")).extracting(form -> form.get("channel")).contains("CMINE");
        // A public incident looks among public channels only: an install without groups:read recovers it too.
        assertThat(slack.forms("conversations.list")).extracting(form -> form.get("types"))
                .containsOnly("public_channel");
    }

    @Test
    void aPrivateIncidentsChannelCreatedBeforeACrashIsFoundAmongPrivateChannels() {
        slack.stub(post(urlEqualTo("/api/conversations.create")).inScenario("lost private answer")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("created"));
        slack.stub(post(urlEqualTo("/api/conversations.create")).inScenario("lost private answer")
                .whenScenarioStateIs("created").willReturn(okJson("{\"ok\":false,\"error\":\"name_taken\"}")));

        postForm(slashCommand("declare Token leak --private")).statusCode(200);
        String name = (String) db.value("select channel_name from incident");
        slack.answer("conversations.list", "{\"ok\":true,\"channels\":[{\"id\":\"GMINE\",\"name\":\"" + name
                + "\",\"is_private\":true,\"creator\":\"UBOT\",\"created\":" + Instant.now().getEpochSecond()
                + "}],\"response_metadata\":{\"next_cursor\":\"\"}}");

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(slack.forms("conversations.create")).extracting(form -> form.get("is_private")).containsOnly("1");
        assertThat(slack.forms("conversations.list")).extracting(form -> form.get("types"))
                .containsOnly("private_channel");
        assertThat(db.count("incident where channel_id = 'GMINE' and private_incident = true")).isEqualTo(1);
    }

    @Test
    void aPermanentErrorIsRecordedAndDoesNotBlockOtherIncidents() {
        slack.stub(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=CANNOUNCE"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));

        postForm(slashCommand("declare First incident")).statusCode(200);
        postForm(slashCommand("declare Second incident")).statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> slack.calls("pins.add").size() == 2
                && db.count("outbox_entry where state = 'FAILED'") == 2);
        assertThat(db.count("outbox_entry where state = 'FAILED' and kind = 'announce'"
                + " and last_error like '%channel_not_found%'")).isEqualTo(2);
        assertThat(db.count("outbox_entry where state = 'PENDING'")).isZero();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hikeshi_slack_api_errors_total{error=\"channel_not_found\",method=\"chat.postMessage\"}"))
                .body(containsString("hikeshi_outbox_backlog"));
    }

    @Test
    void aHungCallOfOneIncidentDoesNotHoldUpAnother() {
        // Incident A's card post hangs in Slack; B gets a channel of its own.
        slack.stub(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=CINC0001"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"CINC0001\",\"ts\":\"1700000000.000100\"}")
                        .withFixedDelay(8_000)));
        slack.stub(post(urlEqualTo("/api/conversations.create")).withRequestBody(containing("zebra"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"CINC0002\",\"creator\":\"UBOT\"}}")));
        postForm(slashCommand("declare Antelope feed stuck")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> posted("CINC0001") == 1);

        postForm(slashCommand("declare Zebra crossing down")).statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> pinned("CINC0002") == 1 && slack.forms("chat.postMessage")
                .stream().anyMatch(form -> "CANNOUNCE".equals(form.get("channel"))));
        // B's channel, card and announcement went out while A's card post was still waiting for Slack.
        assertThat(pinned("CINC0001")).isZero();
        assertThat(slack.forms("chat.postMessage")).filteredOn(form -> "CANNOUNCE".equals(form.get("channel")))
                .singleElement().satisfies(form -> assertThat(form.get("text")).contains("Zebra"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pinned("CINC0001") == 1);
    }

    @Test
    void aLongRetryAfterIsCappedAndTheWaitingWorkShowsInTheMetrics() {
        slack.answerStatus("conversations.create", 429, "3600");

        postForm(slashCommand("declare Search index stale")).statusCode(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> db.count("outbox_entry where kind = 'open_channel' and last_error is not null") == 1);
        Instant next = instant(db.value("select next_attempt_at from outbox_entry where kind = 'open_channel'"));
        assertThat(Duration.between(Instant.now(), next)).as("wait after Retry-After: 3600")
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
        metrics.refresh();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hikeshi_outbox_entries{state=\"retrying\"} 1.0"))
                .body(containsString("hikeshi_outbox_entries{state=\"due\"} 0.0"))
                .body(containsString("hikeshi_outbox_entries{state=\"in_flight\"} 0.0"))
                .body(containsString("hikeshi_outbox_backlog 1.0"))
                .body(containsString("hikeshi_outbox_oldest_pending_seconds"));
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime offset ? offset.toInstant()
                : value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    private long pinned(String channel) {
        return slack.forms("pins.add").stream().filter(form -> channel.equals(form.get("channel"))).count();
    }

    private long posted(String channel) {
        return slack.calls("chat.postMessage").stream()
                .filter(call -> call.getBodyAsString().contains("channel=" + channel)).count();
    }
}
