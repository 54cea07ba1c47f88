package io.hikeshi.incident;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Incident metrics for /q/metrics. Drills are practice and never counted. */
@ApplicationScoped
class IncidentMetrics {

    private final MeterRegistry registry;

    IncidentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void declared(Declaration declaration) {
        if (!declaration.drill() && !declaration.repeated()) {
            Counter.builder("hikeshi.incidents.declared").description("Incidents declared, drills excluded")
                    .tag("severity", declaration.severity()).register(registry).increment();
        }
    }

    void resolved(Incident incident, Durations durations) {
        if (incident.drill || durations.toResolve() == null) {
            return;
        }
        timer("hikeshi.incident.time.to.resolve", "From impact start (or declaration) to resolution, drills excluded",
                incident).record(durations.toResolve());
        if (durations.toMitigate() != null) {
            timer("hikeshi.incident.time.to.mitigate", "From impact start (or declaration) to mitigation, drills"
                    + " excluded", incident).record(durations.toMitigate());
        }
    }

    private Timer timer(String name, String description, Incident incident) {
        return Timer.builder(name).description(description).tag("severity", incident.severity)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMinutes(1)).maximumExpectedValue(Duration.ofDays(7))
                .register(registry);
    }
}
