package io.hikeshi.insights;

import io.hikeshi.incident.Audience;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.incident.IncidentStats;
import io.hikeshi.labels.IncidentLabels;
import io.hikeshi.labels.Labels;
import io.hikeshi.labels.LabelsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the review meeting looks at: incidents and time to resolve by service and by cause, and repeat incidents,
 * over a period. Labels count whether suggested or confirmed (an incident waiting for review still counts); drills
 * are left out. Counts and durations take in every incident, private ones too; repeat incidents name incidents, so
 * they list only those the viewer may see.
 */
@ApplicationScoped
public class Insights {

    /** Everything the metrics page shows about one period. */
    public record Report(Period period, int incidents, List<Breakdown> byService, List<Breakdown> byCause,
                         List<RepeatIncidents.Group> repeats) {
    }

    private final IncidentStats stats;
    private final Labels labels;
    private final LabelsConfig labelsConfig;
    private final RepeatIncidents repeats;
    private final Clock clock;
    private final IncidentAccess access;

    Insights(IncidentStats stats, Labels labels, LabelsConfig labelsConfig, RepeatIncidents repeats, Clock clock,
             IncidentAccess access) {
        this.stats = stats;
        this.labels = labels;
        this.labelsConfig = labelsConfig;
        this.repeats = repeats;
        this.clock = clock;
        this.access = access;
    }

    /** The report for someone who sees public incidents only. */
    public Report report(Period period) {
        return report(period, access.visibility(Audience.PUBLIC));
    }

    /** The report for someone who sees what {@code visibility} allows: it decides which repeat incidents are named. */
    public Report report(Period period, IncidentAccess.Visibility visibility) {
        List<LabelledIncident> incidents = labelled(period.since(clock.instant()));
        return new Report(period, incidents.size(), byService(incidents), byCause(incidents),
                repeats.groups(incidents, visibility));
    }

    /** The incidents declared since {@code since} (all when null), with their labels. */
    List<LabelledIncident> labelled(java.time.Instant since) {
        Map<Long, IncidentLabels> all = labels.currentOfAll();
        return stats.declaredSince(since).stream().map(i -> LabelledIncident.of(i, all.get(i.number()))).toList();
    }

    /** One row per service named, most incidents first, then the incidents naming none. */
    static List<Breakdown> byService(List<LabelledIncident> incidents) {
        Map<String, List<LabelledIncident>> groups = new LinkedHashMap<>();
        for (LabelledIncident incident : incidents) {
            List<String> services = incident.services().isEmpty() ? List.of(LabelledIncident.UNLABELLED)
                    : incident.services();
            services.forEach(s -> groups.computeIfAbsent(s, k -> new ArrayList<>()).add(incident));
        }
        return rows(groups);
    }

    /** One row per configured cause that has incidents, in the configured order, then the unlabelled ones. */
    List<Breakdown> byCause(List<LabelledIncident> incidents) {
        Map<String, List<LabelledIncident>> groups = new LinkedHashMap<>();
        labelsConfig.causeNames().forEach(c -> groups.put(c, new ArrayList<>()));
        for (LabelledIncident incident : incidents) {
            String cause = Objects.requireNonNullElse(incident.cause(), LabelledIncident.UNLABELLED);
            groups.computeIfAbsent(cause, k -> new ArrayList<>()).add(incident);
        }
        groups.values().removeIf(List::isEmpty);
        List<Breakdown> rows = new ArrayList<>();
        groups.forEach((name, members) -> rows.add(row(name, members)));
        return rows;
    }

    private static List<Breakdown> rows(Map<String, List<LabelledIncident>> groups) {
        List<Breakdown> rows = new ArrayList<>();
        groups.forEach((name, members) -> rows.add(row(name, members)));
        rows.sort(Comparator.comparing((Breakdown b) -> b.name().equals(LabelledIncident.UNLABELLED))
                .thenComparing(Breakdown::declared, Comparator.reverseOrder()).thenComparing(Breakdown::name));
        return rows;
    }

    static Breakdown row(String name, List<LabelledIncident> members) {
        List<Duration> toResolve = members.stream().map(m -> m.incident().durations().toResolve())
                .filter(Objects::nonNull).toList();
        return new Breakdown(name, members.size(), toResolve.size(), IncidentStats.mean(toResolve),
                IncidentStats.median(toResolve));
    }
}
