package io.hikeshi.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** With SLACK_APP_TOKEN set, runs the same Bolt handlers over a Socket Mode connection instead of HTTP. */
@ApplicationScoped
class SocketModeConnector {

    private static final Logger LOG = Logger.getLogger(SocketModeConnector.class);

    private final SlackConfig config;
    private final BoltApp bolt;
    private SocketModeApp socketMode;

    SocketModeConnector(SlackConfig config, BoltApp bolt) {
        this.config = config;
        this.bolt = bolt;
    }

    void start(@Observes StartupEvent event) {
        if (!config.socketMode() || bolt.app().isEmpty()) {
            return;
        }
        try {
            socketMode = new SocketModeApp(config.appToken().get(), SocketModeClient.Backend.JavaWebSocket,
                    bolt.app().get());
            socketMode.startAsync();
            LOG.info("Connected to Slack by Socket Mode");
        } catch (Exception e) {
            // Keep serving the web UI and API; the client reconnects by itself once Slack is reachable.
            LOG.errorf("Could not open the Socket Mode connection: %s", e.toString());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (socketMode != null) {
            try {
                socketMode.close();
            } catch (Exception e) {
                LOG.debugf("Socket Mode did not close cleanly: %s", e.toString());
            }
        }
    }

    boolean connected() {
        return socketMode != null && !socketMode.isClientStopped();
    }
}
