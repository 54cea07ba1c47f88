package io.hikeshi.support;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;

/** Base for tests that drive the app through Slack: empty tables and a fake Slack that answers like Slack. */
public abstract class SlackFlowTest {

    @ConfigProperty(name = "quarkus.wiremock.devservices.port")
    int wiremockPort;

    @Inject
    protected TestDatabase db;

    protected FakeSlack slack;

    @BeforeEach
    void startFromScratch() {
        db.clean();
        slack = new FakeSlack(new WireMock(wiremockPort)).reset();
    }
}
