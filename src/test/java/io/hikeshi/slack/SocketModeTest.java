package io.hikeshi.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hikeshi.support.FakeSlack;
import io.hikeshi.support.SlackEvents;
import io.hikeshi.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.Test;

/** With SLACK_APP_TOKEN set, the same handlers answer over a Socket Mode connection. */
@QuarkusTest
@TestProfile(SocketModeTest.SocketMode.class)
class SocketModeTest {

    /** Socket Mode against the fake Slack, HTTP mode off (no signing secret). */
    public static class SocketMode implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeSocketModeSlack.class));
        }
    }

    @Inject
    TestDatabase db;

    @Test
    void aSlashCommandOverSocketModeDeclaresTheIncident() throws Exception {
        db.clean();
        assertThat(FakeSocketModeSlack.socket.connected.poll(20, TimeUnit.SECONDS))
                .as("the app opened a Socket Mode connection").isNotNull();
        // Bolt may replace its first connection while starting; talk on the newest one that is open.
        WebSocket connection = FakeSocketModeSlack.socket.getConnections().stream().filter(WebSocket::isOpen)
                .reduce((first, second) -> second).orElseThrow();
        assertThat(FakeSocketModeSlack.api.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open"))))
                .isNotEmpty().allSatisfy(request ->
                        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer xapp-1-test"));

        connection.send("""
                {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
                 "payload":{"token":"legacy","team_id":"T1","team_domain":"acme","channel_id":"CORIGIN",
                   "channel_name":"general","user_id":"UDECLARER","user_name":"alice","command":"/incident",
                   "text":"declare Socket mode outage --sev 2","api_app_id":"A1","is_enterprise_install":"false",
                   "response_url":"https://hooks.slack.com/commands/T1/1/x","trigger_id":"t-socket-1"}}
                """);

        String ack = FakeSocketModeSlack.socket.received.poll(20, TimeUnit.SECONDS);
        assertThat(ack).contains("\"envelope_id\":\"env-1\"").contains("declared").contains("SEV2");
        await().atMost(Duration.ofSeconds(15)).until(() -> !FakeSocketModeSlack.api
                .findAll(postRequestedFor(urlEqualTo("/api/pins.add"))).isEmpty());
        assertThat(FakeSocketModeSlack.api.findAll(postRequestedFor(urlEqualTo("/api/conversations.create"))))
                .singleElement().satisfies(request -> assertThat(FakeSlack.parseForm(request.getBodyAsString())
                        .get("name")).endsWith("-socket-mode-outage"));
        assertThat(db.count("incident where channel_id = 'CSOCKET'")).isEqualTo(1);

        // Over Socket Mode too, a message event is acknowledged only once it is in the transcript.
        connection.send("{\"envelope_id\":\"env-2\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"payload\":" + SlackEvents.message("EvSOCK1", "CSOCKET", "U1", "1700000001.000100", null,
                        "Lag is 2 million") + "}");
        String eventAck = FakeSocketModeSlack.socket.received.poll(20, TimeUnit.SECONDS);
        assertThat(eventAck).contains("\"envelope_id\":\"env-2\"");
        assertThat(db.count("transcript_message where channel_id = 'CSOCKET' and text = 'Lag is 2 million'"))
                .isEqualTo(1);
    }

    @Test
    void theHttpEndpointIsOffWithoutASigningSecret() {
        given().contentType("application/x-www-form-urlencoded").body("text=help")
                .post("/slack/events").then().statusCode(503);
    }
}
