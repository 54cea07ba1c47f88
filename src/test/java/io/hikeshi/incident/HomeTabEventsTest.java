package io.hikeshi.incident;

import static io.hikeshi.support.SlackRequests.postForm;
import static io.hikeshi.support.SlackRequests.slashCommand;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.SlackRequests;
import io.hikeshi.support.SlackFlowTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Events API: the home tab lists open incidents, and an event Slack retries is handled once. */
@QuarkusTest
class HomeTabEventsTest extends SlackFlowTest {

    @Test
    void openingTheHomeTabShowsOpenIncidentsOnceEvenWhenSlackRetries() {
        postForm(slashCommand("declare Kafka consumer lag --sev 2")).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);

        String event = homeOpened("Ev0HOME1");
        SlackRequests.postJson(event).statusCode(200);
        long now = Instant.now().getEpochSecond();
        for (int retry = 1; retry <= 2; retry++) {
            given().contentType(ContentType.JSON)
                    .header("X-Slack-Request-Timestamp", String.valueOf(now))
                    .header("X-Slack-Signature", SlackRequests.sign(String.valueOf(now), event))
                    .header("X-Slack-Retry-Num", String.valueOf(retry))
                    .header("X-Slack-Retry-Reason", "http_timeout")
                    .body(event).post("/slack/events").then().statusCode(200);
        }
        SlackRequests.postJson(homeOpened("Ev0HOME2")).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("views.publish").size() == 2);
        assertThat(db.count("processed_slack_request where request_key like 'event:Ev0HOME%'")).isEqualTo(2);
        assertThat(slack.forms("views.publish")).allSatisfy(form -> {
            assertThat(form).containsEntry("user_id", "UVIEWER");
            assertThat(FakeSlack.text(form.get("view"))).contains("Kafka consumer lag").contains("SEV2")
                    .contains("<#CINC0001>");
        });
    }

    private static String homeOpened(String eventId) {
        return SlackEvents.homeOpened(eventId, "UVIEWER");
    }
}
