package io.hikeshi.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Alert notifications as Alertmanager, Grafana and the generic webhook send them, and the routing files. */
public final class AlertSenders {

    public static final String ALERTMANAGER_TOKEN = "test-alertmanager-token";
    public static final String GRAFANA_TOKEN = "test-grafana-token";
    public static final String WEBHOOK_TOKEN = "test-webhook-token";
    /** Where the test profile reads the routing files from. */
    public static final Path ROUTES_DIR = Path.of("target/test-alert-routes");

    private AlertSenders() {
    }

    public static ValidatableResponse send(String source, String token, String json) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token).body(json)
                .when().post("/alerts/" + source).then();
    }

    public static ValidatableResponse alertmanager(String json) {
        return send("alertmanager", ALERTMANAGER_TOKEN, json);
    }

    /** One alert of an Alertmanager notification. */
    public record AmAlert(String fingerprint, boolean firing, Map<String, String> labels,
                          Map<String, String> annotations, Instant startsAt, Instant endsAt) {

        public static AmAlert firing(String fingerprint, Map<String, String> labels, Instant startsAt) {
            return new AmAlert(fingerprint, true, labels, Map.of("summary", "Error rate above 5%"), startsAt, null);
        }

        public AmAlert resolvedAt(Instant at) {
            return new AmAlert(fingerprint, false, labels, annotations, startsAt, at);
        }

        String json() {
            return """
                    {"status":"%s","labels":%s,"annotations":%s,"startsAt":"%s","endsAt":"%s",
                     "generatorURL":"http://prometheus.example:9090/graph?g0.expr=up","fingerprint":"%s"}"""
                    .formatted(firing ? "firing" : "resolved", object(labels), object(annotations), startsAt,
                            endsAt == null ? "0001-01-01T00:00:00Z" : endsAt, fingerprint);
        }
    }

    /** An Alertmanager webhook payload (version 4) of one group. */
    public static String alertmanagerPayload(String groupKey, List<AmAlert> alerts) {
        boolean firing = alerts.stream().anyMatch(AmAlert::firing);
        return """
                {"version":"4","groupKey":"%s","truncatedAlerts":0,"status":"%s","receiver":"hikeshi",
                 "groupLabels":{},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://alertmanager:9093",
                 "alerts":[%s]}""".formatted(escape(groupKey), firing ? "firing" : "resolved",
                alerts.stream().map(AmAlert::json).collect(Collectors.joining(",")));
    }

    public static String object(Map<String, String> pairs) {
        return pairs.entrySet().stream().map(e -> "\"" + escape(e.getKey()) + "\":\"" + escape(e.getValue()) + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Writes {@code alert-routes.yaml}; null removes it. */
    public static void routes(String yaml) {
        try {
            Files.createDirectories(ROUTES_DIR);
            Path file = ROUTES_DIR.resolve("alert-routes.yaml");
            if (yaml == null) {
                Files.deleteIfExists(file);
            } else {
                Files.writeString(file, yaml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
