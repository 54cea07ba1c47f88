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

    /**
     * Declares an incident whose channel will be {@code channel} (several incidents in one test each get their own)
     * and waits until its card is pinned.
     */
    protected void declareIn(String channel, String arguments) {
        slack.answer("conversations.create", "{\"ok\":true,\"channel\":{\"id\":\"" + channel + "\",\"name\":\""
                + channel.toLowerCase() + "\",\"is_channel\":true,\"creator\":\"UBOT\"}}");
        long before = db.count("incident");
        int pins = slack.calls("pins.add").size();
        SlackRequests.postForm(SlackRequests.slashCommand("declare " + arguments)).statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> db.count("incident") == before + 1
                && slack.calls("pins.add").size() == pins + 1);
    }

    /** The number of the incident declared last. */
    protected long newest() {
        return ((Number) db.value("select max(id) from incident")).longValue();
    }

    /** Types {@code /incident <text>} in the incident channel. */
    protected ValidatableResponse inIncidentChannel(String text) {
        return SlackRequests.postForm(SlackRequests.slashCommand(text)
                .replace("channel_id=" + SlackRequests.ORIGIN_CHANNEL, "channel_id=" + FakeSlack.INCIDENT_CHANNEL));
    }
}
