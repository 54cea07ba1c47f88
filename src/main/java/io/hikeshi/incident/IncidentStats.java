package io.hikeshi.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures for the metrics page: time to mitigate and resolve by severity, and incidents a week. Drills excluded. */
@ApplicationScoped
public class IncidentStats {

    /** Time to mitigate and resolve of the resolved incidents of one severity; means and medians. */
    public record BySeverity(String severity, int resolved, Duration meanToResolve, Duration medianToResolve,
                             Duration meanToMitigate, Duration medianToMitigate) {
    }

    /** Incidents declared in the week starting on {@code weekOf} (a Monday, UTC). */
    public record Week(LocalDate weekOf, int declared) {
    }

    /**
     * One incident as the insights see it; {@code durations.toResolve()} is null while it is open.
     */
    public record Summary(long number, String reference, String title, String severity, Instant declaredAt,
                          Durations durations) {
    }

    private final Severities severities;
    private final Clock clock;

    IncidentStats(Severities severities, Clock clock) {
        this.severities = severities;
        this.clock = clock;
    }

    /** One row per configured severity (most severe first), then any other severity found. */
    @Transactional
    public List<BySeverity> bySeverity() {
        Map<String, List<Durations>> durations = new TreeMap<>(Comparator.comparingInt(severities::rank)
                .thenComparing(Comparator.naturalOrder()));
        severities.all().forEach(level -> durations.put(level.name(), new ArrayList<>()));
        Incident.<Incident>stream("drill = false and resolvedAt is not null")
                .forEach(i -> durations.computeIfAbsent(i.severity, s -> new ArrayList<>()).add(Durations.of(i)));
        return durations.entrySet().stream().map(e -> {
            List<Duration> toResolve = e.getValue().stream().map(Durations::toResolve).toList();
            List<Duration> toMitigate = e.getValue().stream().map(Durations::toMitigate)
                    .filter(d -> d != null).toList();
            return new BySeverity(e.getKey(), toResolve.size(), mean(toResolve), median(toResolve), mean(toMitigate),
                    median(toMitigate));
        }).toList();
    }

    /** Incidents declared in each of the last {@code weeks} weeks, oldest first, including weeks with none. */
    @Transactional
    public List<Week> perWeek(int weeks) {
        LocalDate thisWeek = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (int i = 0; i < weeks; i++) {
            counts.put(first.plusWeeks(i), 0);
        }
        Incident.<Incident>stream("drill = false and declaredAt >= ?1", first.atStartOfDay(ZoneOffset.UTC).toInstant())
                .forEach(i -> counts.computeIfPresent(LocalDate.ofInstant(i.declaredAt, ZoneOffset.UTC)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), (week, n) -> n + 1));
        return counts.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue())).toList();
    }

    /** Every incident declared since {@code since} (everything when null), oldest first; drills excluded. */
    @Transactional
    public List<Summary> declaredSince(Instant since) {
        return (since == null ? Incident.<Incident>stream("drill = false order by declaredAt, id")
                : Incident.<Incident>stream("drill = false and declaredAt >= ?1 order by declaredAt, id", since))
                .map(i -> new Summary(i.id, i.reference(), i.title, i.severity, i.declaredAt, Durations.of(i)))
                .toList();
    }

    /** The mean of some durations; null for none. */
    public static Duration mean(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        return Duration.ofSeconds(durations.stream().mapToLong(Duration::getSeconds).sum() / durations.size());
    }

    /** The median of some durations; null for none. */
    public static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : Duration.ofSeconds((sorted.get(middle - 1).getSeconds() + sorted.get(middle).getSeconds()) / 2);
    }
}
