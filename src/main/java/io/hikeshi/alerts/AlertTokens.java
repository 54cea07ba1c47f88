package io.hikeshi.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The bearer secret of each source, compared in constant time; a source without one is off. */
@ApplicationScoped
class AlertTokens {

    private final Map<AlertSource, byte[]> secrets = new EnumMap<>(AlertSource.class);

    AlertTokens(AlertsConfig config) {
        put(AlertSource.ALERTMANAGER, config.alertmanagerToken());
        put(AlertSource.GRAFANA, config.grafanaToken());
        put(AlertSource.WEBHOOK, config.webhookToken());
    }

    private void put(AlertSource source, Optional<String> token) {
        token.map(String::strip).filter(value -> !value.isEmpty())
                .ifPresent(value -> secrets.put(source, value.getBytes(StandardCharsets.UTF_8)));
    }

    boolean enabled(AlertSource source) {
        return secrets.containsKey(source);
    }

    /** Whether {@code authorization} is {@code Bearer <the source's secret>}. */
    boolean accepts(AlertSource source, String authorization) {
        byte[] secret = secrets.get(source);
        if (secret == null || authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, secret);
    }

    /** Which sources are on, for the start-up report. */
    Map<AlertSource, Boolean> state() {
        Map<AlertSource, Boolean> state = new EnumMap<>(AlertSource.class);
        for (AlertSource source : AlertSource.values()) {
            state.put(source, enabled(source));
        }
        return state;
    }
}
