package io.hikeshi.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generic webhook's payload, one alert per request:
 * {@code {"title", "status": "firing"|"resolved", "dedupe_key", "severity"?, "labels"?, "link"?, "description"?,
 * "group_key"?, "started_at"?, "ended_at"?}}. The title becomes the annotation {@code summary} and the alert's name,
 * the severity the label {@code severity}; alerts sharing a {@code group_key} (else their dedupe key) are one group.
 */
final class WebhookPayload {

    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 3_000;

    private WebhookPayload() {
    }

    static Notification read(byte[] body) throws InvalidAlertException {
        JsonNode root = AlertJson.parse(body);
        String title = AlertJson.text(root, "title", "", MAX_TITLE);
        String dedupeKey = AlertJson.text(root, "dedupe_key", "", GroupedPayload.MAX_FINGERPRINT);
        boolean firing = AlertJson.firing(root, "");
        String groupKey = AlertJson.optionalText(root, "group_key", "", GroupedPayload.MAX_GROUP_KEY);
        Map<String, String> labels = new LinkedHashMap<>(AlertJson.pairs(root, "labels", ""));
        String severity = AlertJson.optionalText(root, "severity", "", 100);
        if (severity != null) {
            labels.put("severity", severity);
        }
        labels.putIfAbsent("alertname", AlertTemplate.oneLine(title, 200));
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", title);
        String description = AlertJson.optionalText(root, "description", "", MAX_DESCRIPTION);
        if (description != null) {
            annotations.put("description", description);
        }
        String link = AlertJson.optionalText(root, "link", "", AlertJson.MAX_LINK);
        ReceivedAlert alert = new ReceivedAlert(dedupeKey, AlertTemplate.oneLine(title, 200), firing, java.util.Collections.unmodifiableMap(labels),
                java.util.Collections.unmodifiableMap(annotations), AlertJson.time(root, "started_at", ""), AlertJson.time(root, "ended_at", ""),
                AlertJson.link(link));
        return new Notification(AlertSource.WEBHOOK, groupKey == null ? dedupeKey : groupKey, List.of(alert));
    }
}
