package io.hikeshi.alerts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** How alerts read in the timeline and in notices: plain words, labels as {@code name=value}. */
final class AlertWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LABELS = 400;

    private AlertWords() {
    }

    static String change(AlertChange change) {
        String what = change.name() + labels(change.labels());
        return switch (change.kind()) {
            case FIRING -> "Alert firing since " + time(change.at()) + ": " + what;
            case FIRING_AGAIN -> "Alert firing again since " + time(change.at()) + ": " + what;
            case RESOLVED -> "Alert resolved at " + time(change.at()) + ": " + what;
        };
    }

    /** {@code  (service=checkout, severity=critical)} without the alert's name, cut to a readable length. */
    static String labels(Map<String, String> labels) {
        String pairs = labels.entrySet().stream().filter(entry -> !entry.getKey().equals("alertname"))
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
        return pairs.isEmpty() ? "" : " (" + AlertTemplate.oneLine(pairs, MAX_LABELS) + ")";
    }

    static String time(Instant at) {
        return TIME.format(at);
    }
}
