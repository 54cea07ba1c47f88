package io.hikeshi.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** With SLACK_APP_TOKEN set, runs the same Bolt handlers over a Socket Mode connection instead of HTTP. */
@ApplicationScoped
class SocketModeConnector {

    private static final Logger LOG = Logger.getLogger(SocketModeConnector.class);

    private final SlackConfig config;
    private final BoltApp bolt;
    private volatile SocketModeApp socketMode;

    SocketModeConnector(SlackConfig config, BoltApp bolt) {
        this.config = config;
        this.bolt = bolt;
    }

    void start(@Observes StartupEvent event) {
        connect();
    }

    /** Bolt reconnects a dropped connection itself, but not one that never opened (Slack unreachable at start). */
    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void connectIfNeverConnected() {
        if (socketMode == null) {
            connect();
        }
    }

    private synchronized void connect() {
        if (!config.socketMode() || bolt.app().isEmpty() || socketMode != null) {
            return;
        }
        try {
            SocketModeApp app = new SocketModeApp(config.appToken().get(), SocketModeClient.Backend.JavaWebSocket,
                    bolt.app().get());
            app.startAsync();
            socketMode = app;
            LOG.info("Connected to Slack by Socket Mode");
        } catch (Exception e) {
            // Keep serving health and metrics; try again shortly.
            LOG.errorf("Could not open the Socket Mode connection (%s); trying again in 30 s", e.toString());
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

}
