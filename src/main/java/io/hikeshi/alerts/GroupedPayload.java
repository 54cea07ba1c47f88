package io.hikeshi.alerts;

import static io.hikeshi.alerts.AlertJson.UNPROCESSABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the payloads of senders that group alerts the Alertmanager way: Alertmanager's webhook (version 4) and
 * Grafana alerting's webhook contact point (version 1, the same shape plus dashboard and panel links).
 */
final class GroupedPayload {

    static final int MAX_ALERTS = 1_000;
    static final int MAX_GROUP_KEY = 4_000;
    static final int MAX_FINGERPRINT = 200;

    private GroupedPayload() {
    }

    static Notification read(AlertSource source, byte[] body) throws InvalidAlertException {
        JsonNode root = AlertJson.parse(body);
        String expected = source == AlertSource.ALERTMANAGER ? "4" : "1";
        String version = root.path("version").asText("");
        if (!expected.equals(version)) {
            throw new InvalidAlertException(UNPROCESSABLE, "payload version " + (version.isEmpty() ? "(none)"
                    : AlertTemplate.oneLine(version, 20)) + " is not supported; this endpoint reads "
                    + source.label() + "'s webhook payload version " + expected);
        }
        String groupKey = AlertJson.text(root, "groupKey", "", MAX_GROUP_KEY);
        JsonNode alerts = root.get("alerts");
        if (alerts == null || !alerts.isArray() || alerts.isEmpty()) {
            throw new InvalidAlertException(UNPROCESSABLE, "alerts must be a list of at least one alert");
        }
        if (alerts.size() > MAX_ALERTS) {
            throw new InvalidAlertException(UNPROCESSABLE, "alerts has " + alerts.size() + " alerts; at most "
                    + MAX_ALERTS + " per notification (set max_alerts in the receiver)");
        }
        List<ReceivedAlert> read = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            read.add(alert(source, alerts.get(i), "alerts[" + i + "]."));
        }
        return new Notification(source, groupKey, List.copyOf(read));
    }

    private static ReceivedAlert alert(AlertSource source, JsonNode alert, String path) throws InvalidAlertException {
        if (!alert.isObject()) {
            throw new InvalidAlertException(UNPROCESSABLE, path.substring(0, path.length() - 1) + " must be an object");
        }
        boolean firing = AlertJson.firing(alert, path);
        String fingerprint = AlertJson.text(alert, "fingerprint", path, MAX_FINGERPRINT);
        Map<String, String> labels = AlertJson.pairs(alert, "labels", path);
        Map<String, String> annotations = AlertJson.pairs(alert, "annotations", path);
        String name = labels.getOrDefault("alertname", fingerprint);
        String link = null;
        if (source == AlertSource.GRAFANA) {
            link = AlertJson.link(alert.path("panelURL").asText(null));
            link = link != null ? link : AlertJson.link(alert.path("dashboardURL").asText(null));
        }
        link = link != null ? link : AlertJson.link(alert.path("generatorURL").asText(null));
        return new ReceivedAlert(fingerprint, name, firing, labels, annotations,
                AlertJson.time(alert, "startsAt", path), AlertJson.time(alert, "endsAt", path), link);
    }
}
