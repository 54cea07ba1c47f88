package io.hikeshi.alerts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Alert intake: the secret of each source, limits, where routes live and how often triage messages change. */
@ConfigMapping(prefix = "hikeshi.alerts")
public interface AlertsConfig {

    /** Bearer secret of /alerts/alertmanager (HIKESHI_ALERTS_ALERTMANAGER_TOKEN); the endpoint is off without it. */
    Optional<String> alertmanagerToken();

    /** Bearer secret of /alerts/grafana (HIKESHI_ALERTS_GRAFANA_TOKEN); the endpoint is off without it. */
    Optional<String> grafanaToken();

    /** Bearer secret of /alerts/webhook (HIKESHI_ALERTS_WEBHOOK_TOKEN); the endpoint is off without it. */
    Optional<String> webhookToken();

    /** Larger request bodies are refused with 413. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** Directory holding alert-routes.yaml and alert-routes/*.yaml; default the templates directory. */
    Optional<Path> routesDir();

    /** How often the routing files are read again to pick up changes. */
    @WithDefault("30s")
    Duration rescanEvery();

    /** A triage message or incident card changes at most once per this while its alerts keep coming. */
    @WithDefault("60s")
    Duration updateEvery();

    /** First commander of incidents a route declares when it names none (HIKESHI_ALERTS_COMMANDER, a user id). */
    Optional<String> commander();
}
