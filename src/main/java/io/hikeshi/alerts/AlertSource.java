package io.hikeshi.alerts;

import java.util.Locale;

/** Where an alert came from; each source has its own endpoint, payload and secret. */
public enum AlertSource {
    ALERTMANAGER("Alertmanager"), GRAFANA("Grafana"), WEBHOOK("webhook");

    private final String label;

    AlertSource(String label) {
        this.label = label;
    }

    /** As people call it. */
    public String label() {
        return label;
    }

    /** As stored and as it appears in the endpoint's path. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
