package io.hikeshi.insights;

import io.hikeshi.labels.LabelsConfig;
import io.hikeshi.logging.LoggedFailure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Incidents and mean time to resolve by service and cause for /q/metrics, recomputed from the database every
 * {@code hikeshi.insights.metric-refresh} over {@code metric-window} (labels are set after the fact, so they are
 * counted from what is stored, not as events). The tags are bounded: cause is one of the configured causes or
 * "unlabelled"; service is one of the configured services (else the {@code metric-services} with the most
 * incidents), "other" or "unlabelled". Drills are left out.
 */
@ApplicationScoped
class InsightsMetrics {

    static final String OTHER = "other";
    private static final Logger LOG = Logger.getLogger(InsightsMetrics.class);

    private final Insights insights;
    private final LabelsConfig labels;
    private final InsightsConfig config;
    private final Clock clock;
    private final MultiGauge incidents;
    private final MultiGauge meanToResolve;

    InsightsMetrics(Insights insights, LabelsConfig labels, InsightsConfig config, Clock clock,
                    MeterRegistry registry) {
        this.insights = insights;
        this.labels = labels;
        this.config = config;
        this.clock = clock;
        this.incidents = MultiGauge.builder("hikeshi.incidents.labelled")
                .description("Incidents declared in the metric window, by service and cause; drills excluded")
                .register(registry);
        this.meanToResolve = MultiGauge.builder("hikeshi.incidents.labelled.time.to.resolve.mean")
                .description("Mean time to resolve of the incidents resolved in the metric window, by service and"
                        + " cause; drills excluded")
                .baseUnit("seconds").register(registry);
    }

    void start(@Observes StartupEvent event) {
        refresh();
    }

    @Scheduled(every = "${hikeshi.insights.metric-refresh:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            List<LabelledIncident> all = insights.labelled(clock.instant().minus(config.metricWindow()));
            Map<Tags, List<LabelledIncident>> cells = cells(all);
            List<MultiGauge.Row<?>> counts = new ArrayList<>();
            List<MultiGauge.Row<?>> means = new ArrayList<>();
            cells.forEach((tags, members) -> {
                counts.add(MultiGauge.Row.of(tags, members.size()));
                Breakdown row = Insights.row("", members);
                if (row.meanToResolve() != null) {
                    means.add(MultiGauge.Row.of(tags, row.meanToResolve().toSeconds()));
                }
            });
            incidents.register(counts, true);
            meanToResolve.register(means, true);
        } catch (RuntimeException e) {
            LOG.warnf("Could not recompute the labelled incident metrics: %s", LoggedFailure.describe(e));
        }
    }

    /** The incidents under each bounded (service, cause) pair; one incident counts under each of its services. */
    Map<Tags, List<LabelledIncident>> cells(List<LabelledIncident> all) {
        Set<String> named = namedServices(all);
        Set<String> causes = Set.copyOf(labels.causeNames());
        Map<Tags, List<LabelledIncident>> cells = new LinkedHashMap<>();
        for (LabelledIncident incident : all) {
            String cause = incident.cause() != null && causes.contains(incident.cause()) ? incident.cause()
                    : LabelledIncident.UNLABELLED;
            List<String> services = incident.services().isEmpty() ? List.of(LabelledIncident.UNLABELLED)
                    : incident.services().stream().map(s -> named.contains(s) ? s : OTHER).distinct().toList();
            for (String service : services) {
                cells.computeIfAbsent(Tags.of("service", service, "cause", cause), t -> new ArrayList<>())
                        .add(incident);
            }
        }
        return cells;
    }

    /** The configured services, or else the ones with the most incidents (ties by name). */
    private Set<String> namedServices(List<LabelledIncident> all) {
        if (!labels.serviceNames().isEmpty()) {
            return Set.copyOf(labels.serviceNames());
        }
        Map<String, Long> counts = all.stream().flatMap(i -> i.services().stream())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(Math.max(0, config.metricServices())).map(Map.Entry::getKey)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

}
