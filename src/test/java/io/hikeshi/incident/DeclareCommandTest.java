package io.hikeshi.incident;

import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackRequests;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeclareCommandTest extends SlackFlowTest {

    @Test
    void declaringOpensAnnouncesAndPinsTheIncident() {
        postForm(slashCommand("declare Checkout API returning 500s --sev 2"))
                .statusCode(200)
                .body(containsString("\"response_type\":\"ephemeral\""))
                .body(containsString("declared"))
                .body(containsString("SEV2"));

        assertThat(db.count("incident where title = 'Checkout API returning 500s' and severity = 'SEV2'"
                + " and status = 'INVESTIGATING' and declared_by = 'UDECLARER' and drill = false")).isEqualTo(1);
        assertThat(db.count("role_assignment where role = 'commander' and user_id = 'UDECLARER'"
                + " and relieved_at is null")).isEqualTo(1);
        assertThat(db.count("timeline_entry where kind = 'declared'")).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1
                && slack.calls("chat.postMessage").size() == 2);

        String today = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneOffset.UTC));
        assertThat(slack.forms("conversations.create")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("name", "inc-" + today + "-checkout-api-returning-500s")
                        .containsEntry("is_private", "0"));
        assertThat(slack.forms("conversations.invite")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("channel", FakeSlack.INCIDENT_CHANNEL)
                        .containsEntry("users", SlackRequests.DECLARER));
        assertThat(slack.forms("conversations.setTopic")).singleElement()
                .satisfies(form -> assertThat(form.get("topic")).contains("SEV2").contains("investigating")
                        .contains("<@UDECLARER>"));

        Map<String, String> card = slack.forms("chat.postMessage").stream()
                .filter(form -> FakeSlack.INCIDENT_CHANNEL.equals(form.get("channel"))).findFirst().orElseThrow();
        assertThat(FakeSlack.text(card.get("blocks"))).contains("Checkout API returning 500s").contains("SEV2")
                .contains("investigating").contains("*Commander*\n<@UDECLARER>").contains("*Scribe*\n_unassigned_")
                .contains("/incident help");
        assertThat(card).containsEntry("unfurl_links", "0");
        assertThat(slack.forms("pins.add")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("channel", FakeSlack.INCIDENT_CHANNEL)
                        .containsEntry("timestamp", "1700000000.000100"));

        Map<String, String> announcement = slack.forms("chat.postMessage").stream()
                .filter(form -> "CANNOUNCE".equals(form.get("channel"))).findFirst().orElseThrow();
        assertThat(FakeSlack.text(announcement.get("blocks"))).contains("<#" + FakeSlack.INCIDENT_CHANNEL + ">")
                .contains("SEV2 incident declared");

        assertThat(db.count("incident where channel_id = 'CINC0001' and card_ts = '1700000000.000100'"
                + " and announcement_channel = 'CANNOUNCE'")).isEqualTo(1);
        assertThat(db.count("outbox_entry where state <> 'DONE'")).isZero();
    }

    @Test
    void aDrillIsLabelledAndGetsADrillChannel() {
        postForm(slashCommand("declare --drill \"Game day: primary DB failover\""))
                .statusCode(200)
                .body(containsString("DRILL-"));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("chat.postMessage").size() == 2);
        assertThat(slack.forms("conversations.create").get(0).get("name"))
                .startsWith("drill-").endsWith("-game-day-primary-db-failover");
        assertThat(db.count("incident where drill = true and severity = 'SEV3'")).isEqualTo(1);
        assertThat(slack.forms("chat.postMessage")).allSatisfy(form -> assertThat(form.get("blocks")).contains("drill"));
    }

    @Test
    void aRepeatedCommandDeclaresOnce() {
        String command = slashCommand("declare Search is slow --sev 3", "trigger-repeated");
        postForm(command).statusCode(200).body(containsString("declared"));
        postForm(command).statusCode(200).body(containsString("declared"));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(db.count("incident")).isEqualTo(1);
        assertThat(slack.calls("conversations.create")).hasSize(1);
    }

    @Test
    void aTakenChannelNameGetsASuffix() {
        slack.answer("conversations.create", "{\"ok\":false,\"error\":\"name_taken\"}");
        slack.stub(WireMock.post(WireMock.urlEqualTo("/api/conversations.create"))
                .withRequestBody(WireMock.containing("login-broken-2"))
                .willReturn(WireMock.okJson("{\"ok\":true,\"channel\":{\"id\":\"CSUFFIX\"}}")));

        postForm(slashCommand("declare Login broken")).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
        assertThat(slack.forms("conversations.create")).extracting(form -> form.get("name"))
                .hasSize(2)
                .satisfies(names -> assertThat(names.get(1)).isEqualTo(names.get(0) + "-2"));
        assertThat(db.count("incident where channel_id = 'CSUFFIX' and channel_name like '%-login-broken-2'"))
                .isEqualTo(1);
    }

    @Test
    void twoIncidentsWithTheSameTitleOnOneDayGetDistinctChannels() {
        postForm(slashCommand("declare Login broken")).statusCode(200);
        postForm(slashCommand("declare Login broken")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 2);

        String today = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneOffset.UTC));
        assertThat(db.count("incident where channel_name = 'inc-" + today + "-login-broken'")).isEqualTo(1);
        assertThat(db.count("incident where channel_name = 'inc-" + today + "-login-broken-2'")).isEqualTo(1);
    }

    @Test
    void aBurstWithClashingTitlesAndARepeatedRequestDeclaresEachOnceWithDistinctChannels() throws Exception {
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            commands.add(slashCommand("declare Cache cluster down", "trigger-cache-" + i));
        }
        for (int i = 0; i < 4; i++) {
            commands.add(slashCommand("declare Queue backlog " + i, "trigger-queue-" + i));
        }
        commands.add(slashCommand("declare Disk full", "trigger-repeated-in-burst"));
        commands.add(slashCommand("declare Disk full", "trigger-repeated-in-burst"));
        ExecutorService senders = Executors.newFixedThreadPool(commands.size());
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (String command : commands) {
                answers.add(senders.submit(() -> postForm(command).statusCode(200).extract().asString()));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get()).contains("declared");
            }
        } finally {
            senders.shutdown();
        }

        assertThat(db.count("incident")).isEqualTo(11);
        assertThat(((Number) db.value("select count(distinct channel_name) from incident")).longValue()).isEqualTo(11);
        assertThat(db.count("incident where channel_name like '%-cache-cluster-down%'")).isEqualTo(6);
        assertThat(db.count("role_assignment where role = 'commander'")).isEqualTo(11);
        assertThat(db.count("outbox_entry where kind = 'open_channel'")).isEqualTo(11);
    }

    @Test
    void listShowsOpenIncidents() {
        postForm(slashCommand("declare Payments failing --sev 1")).statusCode(200);
        postForm(slashCommand("declare Images not loading --sev 4")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 2);

        postForm(slashCommand("list"))
                .statusCode(200)
                .body(containsString("2 open incidents"))
                .body(containsString("Payments failing"))
                .body(containsString("Images not loading"))
                .body(containsString("SEV1"));
    }

    @Test
    void bareCommandInTheIncidentChannelShowsTheCard() {
        postForm(slashCommand("declare Payments failing --sev 1")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);

        postForm(SlackRequests.slashCommand("", "trigger-card").replace("channel_id=CORIGIN", "channel_id=CINC0001"))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("blocks[0].text.text", containsString("Payments failing"))
                .body("text", containsString("SEV1"));
    }

    @Test
    void helpAndBareCommandAnswerWithUsage() {
        postForm(slashCommand("")).statusCode(200)
                .body("text", containsString("/incident declare <title> [--sev N] [--drill]"));
        postForm(slashCommand("help")).statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("blocks[0].text.text", containsString("/incident list"));
    }
}
