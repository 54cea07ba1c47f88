package io.hikeshi.incident;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an incident took. Impact start (if given) or declaration is the start; detection is the declaration;
 * mitigation is the first move to monitoring (or resolution, if it never was monitored).
 */
public record Durations(Duration toDetect, Duration toMitigate, Duration toResolve) {

    static Durations of(Incident incident) {
        Instant start = incident.startedAt != null ? incident.startedAt : incident.declaredAt;
        return new Durations(
                incident.startedAt == null ? null : between(incident.startedAt, incident.declaredAt),
                incident.mitigatedAt == null ? null : between(start, incident.mitigatedAt),
                incident.resolvedAt == null ? null : between(start, incident.resolvedAt));
    }

    private static Duration between(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** "1h 05m", "12m", "40s". */
    public static String format(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        return hours > 0 ? hours + "h " + String.format("%02dm", minutes) : minutes + "m";
    }
}
