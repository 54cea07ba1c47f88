package io.hikeshi.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack for Socket Mode tests, started before the app: a Web API (WireMock) whose apps.connections.open hands out
 * the address of a local WebSocket server that plays Slack's side of the connection.
 */
public class FakeSocketModeSlack implements QuarkusTestResourceLifecycleManager {

    static WireMockServer api;
    static SocketServer socket;

    @Override
    public Map<String, String> start() {
        socket = new SocketServer();
        socket.start();
        api = new WireMockServer(options().dynamicPort());
        api.start();
        api.stubFor(post(urlEqualTo("/api/apps.connections.open"))
                .willReturn(okJson("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/link\"}")));
        api.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson(
                "{\"ok\":true,\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team_id\":\"T1\",\"user\":\"hikeshi\"}")));
        api.stubFor(post(urlEqualTo("/api/conversations.create"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"CSOCKET\"}}")));
        for (String method : List.of("conversations.invite", "conversations.setTopic", "pins.add")) {
            api.stubFor(post(urlEqualTo("/api/" + method)).willReturn(okJson("{\"ok\":true}")));
        }
        api.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"CSOCKET\",\"ts\":\"1700000000.000200\"}")));
        return Map.of(
                "hikeshi.slack.api-url", api.baseUrl() + "/api/",
                "hikeshi.slack.app-token", "xapp-1-test",
                "hikeshi.slack.signing-secret", "");
    }

    @Override
    public void stop() {
        api.stop();
        try {
            socket.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Slack's end of the Socket Mode connection: says hello, sends envelopes, collects the app's acks. */
    static class SocketServer extends WebSocketServer {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        final BlockingQueue<WebSocket> connected = new LinkedBlockingQueue<>();

        SocketServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A1\"}}");
            connected.add(conn);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    }
}
