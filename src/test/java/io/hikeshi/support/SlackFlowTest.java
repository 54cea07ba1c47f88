package io.hikeshi.support;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.outbox.OutboxWorker;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;

/** Base for tests that drive the app through Slack: empty tables and a fake Slack that answers like Slack. */
public abstract class SlackFlowTest {

    @ConfigProperty(name = "quarkus.wiremock.devservices.port")
    protected int wiremockPort;

    @Inject
    protected TestDatabase db;

    @Inject
    OutboxWorker outbox;

    protected FakeSlack slack;

    @BeforeEach
    void startFromScratch() {
        TestClock.reset();
        db.clean();
        // A task the previous test left in flight must not reach this test's fake Slack, and what it queued on
        // completion must not outlive the cleanup.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(outbox::idle);
        db.clean();
        slack = new FakeSlack(new WireMock(wiremockPort)).reset();
    }

    /** Declares an incident from another channel and waits until its channel CINC0001 is set up. */
    protected void declareAndWait(String declareArguments) {
        SlackRequests.postForm(SlackRequests.slashCommand("declare " + declareArguments)).statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> slack.calls("pins.add").size() == 1);
    }

    /** Types {@code /incident <text>} in the incident channel. */
    protected ValidatableResponse inIncidentChannel(String text) {
        return SlackRequests.postForm(SlackRequests.slashCommand(text)
                .replace("channel_id=" + SlackRequests.ORIGIN_CHANNEL, "channel_id=" + FakeSlack.INCIDENT_CHANNEL));
    }
}
