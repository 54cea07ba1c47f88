package io.hikeshi.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Counts notifications by source and outcome: stored, unchanged (a resend) or refused (why). */
@ApplicationScoped
class AlertMetrics {

    private final MeterRegistry registry;

    AlertMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(AlertSource source, AlertIntake.Receipt receipt) {
        registry.counter("hikeshi.alert.notifications", "source", source.key(), "outcome",
                receipt.repeated() ? "unchanged" : "stored", "action",
                receipt.action().toLowerCase(Locale.ROOT)).increment();
    }

    void refused(AlertSource source, String why) {
        registry.counter("hikeshi.alert.notifications", "source", source.key(), "outcome", "refused", "action",
                why).increment();
    }
}
