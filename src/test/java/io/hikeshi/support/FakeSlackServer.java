package io.hikeshi.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fake Slack Web API of the tests that start the packaged app: one WireMock server per test class, registered
 * with {@code @RegisterExtension static final FakeSlackServer SLACK = new FakeSlackServer();}.
 */
public final class FakeSlackServer implements BeforeAllCallback, AfterAllCallback {

    private WireMockServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
        RestAssured.reset();
    }

    /** The server's base URL, e.g. for an OpenID provider or an LLM served beside Slack's API. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Where the app finds Slack's Web API ({@code SLACK_API_URL}). */
    public String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    public WireMock wiremock() {
        return new WireMock(server);
    }

    /** Slack's usual answers, with nothing recorded yet. */
    public FakeSlack reset() {
        return new FakeSlack(wiremock()).reset();
    }
}
